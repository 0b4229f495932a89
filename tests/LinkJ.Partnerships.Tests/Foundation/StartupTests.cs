using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Commands;
using LinkJ.Partnerships.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Foundation;

public sealed class StartupTests
{
    [Fact]
    public async Task Start_up_applies_every_migration_and_answers_health()
    {
        using var factory = new RegistryFactory();
        var client = factory.CreateClient();

        var health = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var pending = await factory.WithDbAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList());
        Assert.Empty(pending);
#if !POSTGRESQL
        // Write-ahead logging is SQLite's (decision 002).
        var journal = await factory.WithDbAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync());
        Assert.Equal("wal", Assert.Single(journal));
#endif
    }

#if !POSTGRESQL
    // sqlite_stat1 is SQLite's ANALYZE output.
    [Fact]
    public async Task Start_up_gives_the_query_planner_statistics_for_the_party_table()
    {
        using var factory = new RegistryFactory();
        factory.CreateClient();

        var analysed = await factory.WithDbAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT tbl AS Value FROM sqlite_stat1 WHERE tbl = 'AgreementParties'").ToListAsync());

        Assert.NotEmpty(analysed);
    }
#endif

    [Fact]
    public async Task Health_is_503_when_the_database_does_not_answer()
    {
        using var factory = new RegistryFactory();
        var client = factory.CreateClient();
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE \"Organizations\" RENAME TO \"Broken\""));

        var health = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
    }

    [Fact]
    public async Task The_seed_is_loaded_once_and_a_second_start_adds_nothing()
    {
        var path = TestDatabase.NewDatabase("restart");
        using (var first = new RegistryFactory(path) { KeepDatabase = true })
        {
            first.CreateClient();
            Assert.Equal((6, 3, 8), await CountsAsync(first));
        }

        using var second = new RegistryFactory(path);
        second.CreateClient();
        Assert.Equal((6, 3, 8), await CountsAsync(second));
    }

    [Fact]
    public async Task The_seed_command_adds_nothing_to_a_seeded_database()
    {
        using var factory = new RegistryFactory();
        factory.CreateClient();

        var exitCode = await CommandLine.Parse(["seed"])!.RunAsync(factory.Services);

        Assert.Equal(0, exitCode);
        Assert.Equal((6, 3, 8), await CountsAsync(factory));
    }

    [Fact]
    public async Task The_seed_is_recorded_in_the_audit_trail_which_cannot_be_changed()
    {
        using var factory = new RegistryFactory();
        factory.CreateClient();

        var seeded = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.UserName == "seed" && a.EntityType == "Agreement"));
        Assert.Equal(3, seeded);

        await factory.WithDbAsync(async db =>
        {
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"UserName\" = 'someone else'"));
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\""));
            var entry = await db.AuditEntries.FirstAsync();
            db.AuditEntries.Remove(entry);
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        });
    }

    private static Task<(int, int, int)> CountsAsync(RegistryFactory factory) =>
        factory.WithDbAsync(async (RegistryDbContext db) => (
            await db.Organizations.CountAsync(),
            await db.Agreements.CountAsync(),
            await db.AgreementParticipants.CountAsync()));
}
