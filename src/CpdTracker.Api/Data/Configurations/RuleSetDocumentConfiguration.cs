using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTracker.Api.Data.Configurations;

public sealed class RuleSetDocumentConfiguration : IEntityTypeConfiguration<RuleSetDocument>
{
    public void Configure(EntityTypeBuilder<RuleSetDocument> builder)
    {
        builder.HasIndex(r => new { r.Code, r.Version }).IsUnique();
        builder.Property(r => r.College).HasMaxLength(16);
        builder.Property(r => r.Code).HasMaxLength(32);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
    }
}
