using LinkJ.Partnerships.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Foundation;

/// <summary>The durability setting of decision 002 holds on every connection the app uses, pooled or new.</summary>
public sealed class ConnectionSettingsTests
{
    [Fact]
    public async Task Every_connection_commits_with_synchronous_full_however_often_it_is_reused()
    {
        using var factory = new RegistryFactory();
        factory.CreateClient();

        var settings = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => factory.WithDbAsync(async db =>
        {
            var seen = new List<int>();
            for (var open = 0; open < 3; open++)
            {
                seen.Add(await Synchronous(db));
            }

            return seen;
        })));

        Assert.All(settings.SelectMany(s => s), value => Assert.Equal(2, value));
    }

    [Fact]
    public async Task A_pooled_connection_is_configured_once_not_on_every_query()
    {
        using var factory = new RegistryFactory();
        factory.CreateClient();

        var afterReopen = await factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL");
            await db.Database.CloseConnectionAsync();
            var reopened = await Synchronous(db);
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=FULL");
            await db.Database.CloseConnectionAsync();
            return reopened;
        });

        // NORMAL survives the reopen: the native connection came back from the pool and no PRAGMA ran again.
        Assert.Equal(1, afterReopen);
    }

    private static async Task<int> Synchronous(DbContext db) =>
        (await db.Database.SqlQueryRaw<int>("PRAGMA synchronous").ToListAsync()).Single();
}
