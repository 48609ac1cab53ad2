using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTracker.Api.Data.Configurations;

public sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.Property(m => m.FullName).HasMaxLength(200);
        builder.Property(m => m.Email).HasMaxLength(254).UseCollation("NOCASE");
        builder.HasIndex(m => m.Email).IsUnique();
        // The administrator's member list pages through everyone by name.
        builder.HasIndex(m => m.FullName);
        builder.Property(m => m.TimeZone).HasMaxLength(64);
        builder.HasMany(m => m.CollegeMemberships)
            .WithOne()
            .HasForeignKey(c => c.MemberId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
