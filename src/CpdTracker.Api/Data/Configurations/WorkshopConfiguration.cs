using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTracker.Api.Data.Configurations;

public sealed class WorkshopConfiguration : IEntityTypeConfiguration<Workshop>
{
    public void Configure(EntityTypeBuilder<Workshop> builder)
    {
        builder.Property(w => w.Title).HasMaxLength(200);
        builder.Property(w => w.Venue).HasMaxLength(200);
        builder.Property(w => w.TimeZone).HasMaxLength(64);
        builder.HasMany(w => w.Participants)
            .WithOne()
            .HasForeignKey(p => p.WorkshopId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(
            w => w.Accreditations, a => AccreditationMapping.Map(a, "WorkshopAccreditations", "WorkshopId"));
    }
}
