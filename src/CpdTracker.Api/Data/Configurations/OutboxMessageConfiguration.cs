using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTracker.Api.Data.Configurations;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("Outbox");
        // The natural key: one message per document version (or invitation, reset, change) and recipient.
        builder.HasIndex(m => new { m.Kind, m.Key, m.Recipient }).IsUnique();
        builder.HasIndex(m => new { m.Status, m.NextAttemptAtUtc });
        builder.Property(m => m.Key).HasMaxLength(128);
        builder.Property(m => m.Recipient).HasMaxLength(254).UseCollation("NOCASE");
        builder.Property(m => m.RecipientName).HasMaxLength(200);
        builder.Property(m => m.ReplyTo).HasMaxLength(254);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.Body).HasMaxLength(8000);
        builder.Property(m => m.MessageId).HasMaxLength(128);
        builder.Property(m => m.ClaimedBy).HasMaxLength(64);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.HasOne<IssuedDocument>().WithMany().HasForeignKey(m => m.DocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}
