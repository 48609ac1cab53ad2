using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTracker.Api.Data.Configurations;

public sealed class GroupConfiguration : IEntityTypeConfiguration<Group>
{
    public void Configure(EntityTypeBuilder<Group> builder)
    {
        builder.Property(g => g.Name).HasMaxLength(200);
        builder.Property(g => g.City).HasMaxLength(100);
        builder.Property(g => g.TimeZone).HasMaxLength(64);
        builder.HasMany(g => g.Leaders).WithOne().HasForeignKey(l => l.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(g => g.Enrolments).WithOne().HasForeignKey(e => e.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(g => g.Accreditations, a => AccreditationMapping.Map(a, "GroupAccreditations", "GroupId"));
    }
}
