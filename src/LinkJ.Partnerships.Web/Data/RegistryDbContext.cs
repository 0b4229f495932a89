using LinkJ.Partnerships.Web.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Data;

/// <summary>
/// The registry and its accounts, in one database. Every save is stamped and audited by <see cref="ChangeRecorder"/>.
/// This type's migrations are SQLite's; PostgreSQL's belong to <c>Postgres.PostgresRegistryDbContext</c>, which adds nothing
/// but its own migrations and compiled model.
/// </summary>
public class RegistryDbContext : IdentityDbContext<AppUser>, IDataProtectionKeyContext
{
    public RegistryDbContext(DbContextOptions<RegistryDbContext> options)
        : base(options)
    {
    }

    protected RegistryDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<Agreement> Agreements => Set<Agreement>();

    public DbSet<AgreementParty> AgreementParties => Set<AgreementParty>();

    public DbSet<AgreementParticipant> AgreementParticipants => Set<AgreementParticipant>();

    public DbSet<Amendment> Amendments => Set<Amendment>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Background work claimed by one instance; see <see cref="ExclusiveWork"/>.</summary>
    public DbSet<WorkClaim> WorkClaims => Set<WorkClaim>();

    public DbSet<FindingReview> FindingReviews => Set<FindingReview>();

    /// <summary>Personal access tokens and calendar feed tokens, stored as hashes.</summary>
    public DbSet<AccessToken> AccessTokens => Set<AccessToken>();

    /// <summary>Reminders due, one per agreement, notice point and recipient; see <c>Reminders/</c>.</summary>
    public DbSet<Reminders.ReminderNotice> ReminderNotices => Set<Reminders.ReminderNotice>();

    /// <summary>E-mail waiting to be sent, sent, or failed.</summary>
    public DbSet<Reminders.OutboxMessage> OutboxMessages => Set<Reminders.OutboxMessage>();

    /// <summary>Signed documents; their bytes are in <see cref="AttachmentContents"/>, which lists never read.</summary>
    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<AttachmentContent> AttachmentContents => Set<AttachmentContent>();

    /// <summary>The data-protection key ring, shared by every app instance that uses this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        new ChangeRecorder(this).SaveAsync(accept => base.SaveChangesAsync(accept, cancellationToken), acceptAllChangesOnSuccess, cancellationToken);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(RegistryDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
