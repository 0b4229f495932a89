using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Data;

/// <summary>
/// "Exactly one instance does this": background work that every instance schedules (a reminder digest at 08:00
/// Tokyo time, say) runs on the one instance whose claim on its key the database accepts. The claim is a row keyed
/// by the work's key, so the same code holds on SQLite and on PostgreSQL, with no lock to hold open. Work that fails
/// gives its claim back, so a later attempt may run it; a claim whose instance died mid-work may be taken over
/// once its lease has passed.
/// </summary>
public sealed class ExclusiveWork(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ExclusiveWork> logger)
{
    public static readonly TimeSpan DefaultLease = TimeSpan.FromMinutes(30);

    private static readonly string Instance = $"{Environment.MachineName}/{Environment.ProcessId}";

    /// <summary>
    /// Runs <paramref name="work"/> if no instance has claimed <paramref name="key"/> yet; true when this one ran it.
    /// </summary>
    public async Task<bool> RunOnceAsync(string key, Func<CancellationToken, Task> work, CancellationToken cancellationToken, TimeSpan? lease = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(key.Length, WorkClaim.KeyMaxLength);
        if (!await ClaimAsync(key, lease ?? DefaultLease, cancellationToken))
        {
            logger.LogDebug("Work {Key} is another instance's", key);
            return false;
        }

        try
        {
            await work(cancellationToken);
        }
        catch
        {
            await ReleaseAsync(key);
            throw;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var now = Now();
        await db.WorkClaims.Where(c => c.Key == key).ExecuteUpdateAsync(c => c.SetProperty(x => x.CompletedAt, now), CancellationToken.None);
        logger.LogInformation("Work {Key} done by this instance", key);
        return true;
    }

    private async Task<bool> ClaimAsync(string key, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = Now();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        // ON CONFLICT DO NOTHING (the same on SQLite and PostgreSQL): a taken key inserts no row. A failed INSERT
        // would say the same, but EF Core logs every failed statement as an error with its stack trace, and a second
        // instance, or a restart on the day of a digest, is not an error.
        var claimed = await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "WorkClaims" ("Key", "ClaimedBy", "ClaimedAt") VALUES ({key}, {Instance}, {now}) ON CONFLICT ("Key") DO NOTHING""",
            cancellationToken);
        if (claimed == 1)
        {
            return true;
        }

        // The key is taken. Take it over only if its instance left it unfinished past the lease; the condition in the
        // UPDATE lets one taker in.
        var expired = now - lease;
        return await db.WorkClaims
            .Where(c => c.Key == key && c.CompletedAt == null && c.ClaimedAt < expired)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.ClaimedBy, Instance).SetProperty(x => x.ClaimedAt, now), cancellationToken) == 1;
    }

    private async Task ReleaseAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        await db.WorkClaims.Where(c => c.Key == key && c.ClaimedBy == Instance).ExecuteDeleteAsync(CancellationToken.None);
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
