using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTracker.Api.Data.Configurations;

public sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.TimeZone).HasMaxLength(64);
        builder.HasIndex(m => new { m.GroupId, m.StartsAtUtc });
        builder.HasIndex(m => new { m.WorkshopId, m.StartsAtUtc });
        builder.HasIndex(m => m.LocalDate);
        builder.HasIndex(m => m.CertificatesDue);
        builder.HasOne<Group>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Workshop>().WithMany().HasForeignKey(m => m.WorkshopId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Attendances).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(m => m.IsLocked);
        builder.Ignore(m => m.EndsAtUtc);
        builder.ToTable(t => t.HasCheckConstraint("CK_Meeting_Owner", "(GroupId IS NULL) <> (WorkshopId IS NULL)"));
    }
}
