using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace LinkJ.Partnerships.Web.Data;

/// <summary>
/// Runs around every SaveChanges: stamps timestamps and concurrency versions, and writes one audit row per
/// created, updated or deleted entity, with each changed field as old → new, in the same transaction.
/// </summary>
internal sealed class ChangeRecorder(RegistryDbContext db)
{
    private static readonly HashSet<string> UnrecordedFields =
    [
        nameof(ITracked.CreatedAt), nameof(ITracked.UpdatedAt), nameof(ITracked.Version),
        nameof(Organization.NormalizedName), nameof(AppUser.NormalizedEmail), nameof(AppUser.NormalizedUserName),
        nameof(AppUser.ConcurrencyStamp), nameof(AppUser.AccessFailedCount), nameof(AppUser.LockoutEnd),
        nameof(AccessToken.LastUsedAt),
    ];

    private static readonly HashSet<string> SecretFields =
        [nameof(AppUser.PasswordHash), nameof(AppUser.SecurityStamp), nameof(AccessToken.Hash)];

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<int> SaveAsync(Func<bool, Task<int>> save, bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        var now = db.GetService<TimeProvider>().GetUtcNow().UtcDateTime;
        RefuseAuditChanges();

        var drafts = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(Draft)
            .OfType<AuditDraft>()
            .ToList();
        Stamp(now);

        // Inside a caller's transaction the caller already holds (or waits for) the write lock.
        using var turn = db.Database.CurrentTransaction is null ? await RegistryDatabase.Of(db).EnterWriteAsync(db, cancellationToken) : null;
        if (drafts.Count == 0)
        {
            return await save(acceptAllChangesOnSuccess);
        }

        var (userId, userName) = CurrentActor();
        var ownTransaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            // Keys of new rows exist only after the first save, so the audit rows follow in a second one.
            var saved = await save(true);
            foreach (var draft in drafts)
            {
                db.AuditEntries.Add(draft.ToEntry(now, userId, userName));
            }

            await save(acceptAllChangesOnSuccess);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return saved;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    private void RefuseAuditChanges()
    {
        if (db.ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit trail is append-only.");
        }
    }

    private void Stamp(DateTime now)
    {
        foreach (var entry in db.ChangeTracker.Entries<ITracked>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Property(e => e.CreatedAt).CurrentValue = now;
                entry.Property(e => e.UpdatedAt).CurrentValue = now;
                entry.Property(e => e.Version).CurrentValue = 1;
            }
            else if (entry.State == EntityState.Modified)
            {
                entry.Property(e => e.UpdatedAt).CurrentValue = now;
                entry.Property(e => e.Version).CurrentValue = entry.Property(e => e.Version).OriginalValue + 1;
            }
        }

        foreach (var entry in db.ChangeTracker.Entries<AppUser>().Where(e => e.State == EntityState.Added && e.Entity.CreatedAt == default))
        {
            entry.Entity.CreatedAt = now;
        }
    }

    private static AuditDraft? Draft(EntityEntry entry)
    {
        var entityType = entry.Entity switch
        {
            IRegistryContent => entry.Metadata.ClrType.Name,
            AppUser => "Account",
            IdentityUserRole<string> => "AccountRole",
            AccessToken => nameof(AccessToken),
            _ => null,
        };
        if (entityType is null)
        {
            return null;
        }

        if (entry.State == EntityState.Added)
        {
            // Generated keys and the keys of new related rows are known only after the first save.
            return new AuditDraft(entry, entityType, AuditAction.Created, null, null);
        }

        var changes = Changes(entry, entry.State);
        if (entry.State == EntityState.Modified && changes.Count == 0)
        {
            return null;
        }

        var action = entry.State == EntityState.Deleted ? AuditAction.Deleted : AuditAction.Updated;
        return new AuditDraft(entry, entityType, action, changes, KeyOf(entry));
    }

    private static List<AuditChange> Changes(EntityEntry entry, EntityState state)
    {
        var changes = new List<AuditChange>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (UnrecordedFields.Contains(name) || (state != EntityState.Added && property.Metadata.IsPrimaryKey()))
            {
                continue;
            }

            var old = state == EntityState.Added ? null : Format(property.OriginalValue);
            var @new = state == EntityState.Deleted ? null : Format(property.CurrentValue);
            if (state == EntityState.Modified && (!property.IsModified || old == @new))
            {
                continue;
            }

            if (SecretFields.Contains(name))
            {
                (old, @new) = (old is null ? null : "(secret)", @new is null ? null : "(secret, changed)");
            }

            if (old is not null || @new is not null)
            {
                changes.Add(new AuditChange(name, old, @new));
            }
        }

        return changes;
    }

    private (string? UserId, string UserName) CurrentActor()
    {
        if (AuditActor.Current is { } impersonated)
        {
            return (null, impersonated);
        }

        var user = db.GetService<IHttpContextAccessor>().HttpContext?.User;
        return user?.Identity?.IsAuthenticated == true
            ? (user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity.Name ?? "unknown")
            : (null, "anonymous");
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join('/', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue ?? entry.Property(p.Name).OriginalValue)));

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private sealed record AuditDraft(EntityEntry Entry, string EntityType, AuditAction Action, List<AuditChange>? Changes, string? Key)
    {
        public AuditEntry ToEntry(DateTime now, string? userId, string userName)
        {
            var agreementId = Entry.Entity switch
            {
                Agreement a => a.Id,
                AgreementParty p => p.AgreementId,
                AgreementParticipant p => p.AgreementId,
                Attachment d => d.AgreementId,
                _ => (int?)null,
            };
            var changes = Changes ?? ChangeRecorder.Changes(Entry, EntityState.Added);
            return new AuditEntry(now, userId, userName, Action, EntityType, Key ?? KeyOf(Entry), agreementId, JsonSerializer.Serialize(changes, JsonOptions));
        }
    }
}
