using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTracker.Api.Data.Configurations;

public sealed class IssuedDocumentConfiguration : IEntityTypeConfiguration<IssuedDocument>
{
    public void Configure(EntityTypeBuilder<IssuedDocument> builder)
    {
        // The natural key: a job run twice, or two runs at once, can insert a version only once.
        builder.HasIndex(d => new { d.Kind, d.MemberId, d.Subject, d.Version }).IsUnique();
        builder.HasIndex(d => d.Number).IsUnique();
        builder.HasIndex(d => d.VerificationCode).IsUnique();
        builder.HasIndex(d => new { d.MemberId, d.Status });
        builder.Property(d => d.Subject).HasMaxLength(128);
        builder.Property(d => d.Number).HasMaxLength(32);
        builder.Property(d => d.VerificationCode).HasMaxLength(16);
        builder.Property(d => d.Title).HasMaxLength(300);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.SupersededByNumber).HasMaxLength(32);
        builder.Property(d => d.WithdrawnReason).HasMaxLength(300);
        builder.HasOne<Member>().WithMany().HasForeignKey(d => d.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
