using CpdTracker.Api.Data.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTracker.Api.Data.Configurations;

public sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.HasIndex(u => u.MemberId).IsUnique();
        builder.HasOne<Member>().WithMany().HasForeignKey(u => u.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
