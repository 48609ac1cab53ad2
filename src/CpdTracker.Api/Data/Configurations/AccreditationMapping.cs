using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTracker.Api.Data.Configurations;

internal static class AccreditationMapping
{
    /// <summary>Groups and workshops keep their college activity numbers in a table of their own, keyed by a shadow
    /// id.</summary>
    public static void Map<TOwner>(OwnedNavigationBuilder<TOwner, Accreditation> a, string table, string ownerKey)
        where TOwner : class
    {
        a.ToTable(table);
        a.WithOwner().HasForeignKey(ownerKey);
        a.Property<int>("Id");
        a.HasKey("Id");
        a.Property(x => x.College).HasMaxLength(16);
        a.Property(x => x.ActivityId).HasMaxLength(64);
    }
}
