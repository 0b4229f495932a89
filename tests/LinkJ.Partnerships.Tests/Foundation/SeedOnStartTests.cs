using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Commands;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Data.Seeding;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;

namespace LinkJ.Partnerships.Tests.Foundation;

/// <summary>Start-up applies the embedded seed once per version of the seed; the <c>seed</c> command always runs it.</summary>
public sealed class SeedOnStartTests
{
    private const string Ministry = "ministry-of-foreign-affairs-of-denmark";
    private const string Embassy = "royal-danish-embassy-tokyo";

    [Fact]
    public async Task A_second_start_with_the_same_seed_reads_no_registry_table_and_sends_few_statements()
    {
        var path = NewDatabasePath();
        using (var first = new RegistryFactory(path) { KeepDatabase = true })
        {
            _ = first.Services;
        }

        using var second = new RegistryFactory(path);
        second.Settings["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Database.Command"] = "Information";
        _ = second.Services;

        var statements = second.Logs.Events
            .Select(e => e.Properties.GetValueOrDefault("commandText") is ScalarValue { Value: string sql } ? sql : null)
            .OfType<string>()
            .ToList();
        Assert.NotEmpty(statements);
        Assert.DoesNotContain(statements, s => s.Contains("\"Organizations\"") || s.Contains("\"People\"") || s.Contains("\"Agreements\""));
        // The migration check (2), WAL (1), the roles (2), the seed marker (1), the statistics (2) and the data-protection keys (1);
        // PostgreSQL adds the start-up lock and its release and the history table's IF NOT EXISTS, and has no WAL step.
        Assert.InRange(statements.Count, 1, TestDatabase.IsPostgreSql ? 12 : 9);
        Assert.Equal(6, await second.WithDbAsync(db => db.Organizations.CountAsync()));
    }

    [Fact]
    public async Task A_seed_organization_deleted_after_the_first_start_stays_deleted_until_the_seed_command_adds_it_back()
    {
        var path = NewDatabasePath();
        using (var first = new RegistryFactory(path) { KeepDatabase = true })
        {
            await DeleteMinistryAsync(first);
        }

        using var second = new RegistryFactory(path);
        Assert.False(await HasMinistryAsync(second));

        Assert.Equal(0, await CommandLine.Parse(["seed"])!.RunAsync(second.Services));

        Assert.True(await HasMinistryAsync(second));
        Assert.Equal(Ministry, await second.WithDbAsync(db => db.Organizations.Where(o => o.Slug == Embassy).Select(o => o.Parent!.Slug).SingleAsync()));
    }

    [Fact]
    public async Task A_start_with_a_different_seed_adds_what_is_missing()
    {
        var path = NewDatabasePath();
        using (var first = new RegistryFactory(path) { KeepDatabase = true })
        {
            await DeleteMinistryAsync(first);
            // As if the database had been seeded by an earlier version of the seed document.
            await first.WithDbAsync(db => RegistryDatabase.Of(db).RecordAppliedSeedAsync(db, 7, CancellationToken.None));
        }

        using var second = new RegistryFactory(path);

        Assert.True(await HasMinistryAsync(second));
        Assert.Equal((6, 3), await second.WithDbAsync(async db => (await db.Organizations.CountAsync(), await db.Agreements.CountAsync())));
    }

    [Fact]
    public async Task The_seeder_loads_only_the_organizations_and_people_the_seed_names()
    {
        using var factory = new RegistryFactory();
        await factory.WithDbAsync(async db =>
        {
            for (var i = 0; i < 20; i++)
            {
                db.Organizations.Add(new Organization($"Other Organization {i}", OrganizationKind.Company, $"other-organization-{i}"));
                db.People.Add(new Person($"Other Person {i}"));
            }

            await db.SaveChangesAsync();
        });

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var result = await scope.ServiceProvider.GetRequiredService<RegistrySeeder>().SeedAsync(RegistrySeeder.LoadEmbedded());

        Assert.Equal(new SeedResult(0, 0), result);
        Assert.Equal(6, db.ChangeTracker.Entries<Organization>().Count());
        Assert.Equal(7, db.ChangeTracker.Entries<Person>().Count());
    }

#if !POSTGRESQL
    // sqlite_stat1 is SQLite's ANALYZE output.
    [Fact]
    public async Task A_start_on_a_database_without_planner_statistics_gathers_them()
    {
        var path = NewDatabasePath();
        using (var first = new RegistryFactory(path) { KeepDatabase = true })
        {
            await first.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DROP TABLE sqlite_stat1"));
        }

        using var second = new RegistryFactory(path);

        var analysed = await second.WithDbAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT tbl AS Value FROM sqlite_stat1 WHERE tbl = 'AgreementParties'").ToListAsync());
        Assert.NotEmpty(analysed);
    }
#endif

    private static string NewDatabasePath() => TestDatabase.NewDatabase("seed");

    /// <summary>The ministry is the one seed organization that is no party to an agreement; its embassy lets go of it first.</summary>
    private static Task DeleteMinistryAsync(RegistryFactory factory) =>
        factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"Organizations\" SET \"ParentId\" = NULL WHERE \"Slug\" = 'royal-danish-embassy-tokyo'; " +
            "DELETE FROM \"Organizations\" WHERE \"Slug\" = 'ministry-of-foreign-affairs-of-denmark';"));

    private static Task<bool> HasMinistryAsync(RegistryFactory factory) =>
        factory.WithDbAsync(db => db.Organizations.AnyAsync(o => o.Slug == Ministry));
}
