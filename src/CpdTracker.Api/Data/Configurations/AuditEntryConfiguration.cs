using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTracker.Api.Data.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.Actor).HasMaxLength(256);
        builder.Property(a => a.Entity).HasMaxLength(64);
        builder.Property(a => a.EntityId).HasMaxLength(64);
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.HasIndex(a => new { a.Entity, a.EntityId, a.Id });
    }
}
