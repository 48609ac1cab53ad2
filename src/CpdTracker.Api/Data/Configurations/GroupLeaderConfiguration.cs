using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTracker.Api.Data.Configurations;

public sealed class GroupLeaderConfiguration : IEntityTypeConfiguration<GroupLeader>
{
    public void Configure(EntityTypeBuilder<GroupLeader> builder)
    {
        builder.HasIndex(l => new { l.GroupId, l.MemberId }).IsUnique();
        builder.HasIndex(l => l.MemberId);
        builder.HasOne<Member>().WithMany().HasForeignKey(l => l.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(l => l.AttendanceRole);
    }
}
