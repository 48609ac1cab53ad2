using CpdTracker.Api.Data.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace CpdTracker.Api.Data;

public sealed class CpdDbContext(DbContextOptions<CpdDbContext> options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<Member> Members => Set<Member>();
    public DbSet<Group> Groups => Set<Group>();
    public DbSet<Workshop> Workshops => Set<Workshop>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<Attendance> Attendances => Set<Attendance>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();
    public DbSet<IssuedDocument> IssuedDocuments => Set<IssuedDocument>();
    public DbSet<RuleSetDocument> RuleSets => Set<RuleSetDocument>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CpdDbContext).Assembly);
        if (Database.IsNpgsql())
        {
            PostgreSqlModel.Apply(modelBuilder);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the database reads plainly and survives reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        if (Database.IsNpgsql())
        {
            PostgreSqlModel.Apply(configurationBuilder);
        }
    }
}
