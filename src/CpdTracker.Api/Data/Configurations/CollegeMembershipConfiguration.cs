using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTracker.Api.Data.Configurations;

public sealed class CollegeMembershipConfiguration : IEntityTypeConfiguration<CollegeMembership>
{
    public void Configure(EntityTypeBuilder<CollegeMembership> builder)
    {
        builder.Property(c => c.College).HasMaxLength(16);
        builder.Property(c => c.MemberNumber).HasMaxLength(64);
        builder.HasIndex(c => new { c.MemberId, c.College }).IsUnique();
    }
}
