#if POSTGRESQL
using LinkJ.Partnerships.Tests.Performance;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Commands;
using LinkJ.Partnerships.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Postgres;

/// <summary>
/// The same generated registry on SQLite and on PostgreSQL, searched with the same words, including Japanese, words
/// too short for a trigram and hostile input: each database's own search (FTS5 there, pg_trgm here) finds the same rows.
/// </summary>
public sealed class TextSearchParityTests(TextSearchParityTests.BothRegistries registries) : IClassFixture<TextSearchParityTests.BothRegistries>
{
    public static TheoryData<string> Words => TextSearchTests.Words;

    [Theory]
    [MemberData(nameof(Words))]
    [InlineData("在日")]
    [InlineData("大使館")]
    [InlineData("\\")]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("'")]
    [InlineData("Royal Danish")]
    public async Task PostgreSQL_finds_what_SQLite_finds(string query)
    {
        Assert.Equal(await registries.Sqlite.WithDbAsync(db => FoundAsync(db, query)), await registries.Postgres.WithDbAsync(db => FoundAsync(db, query)));
    }

    [Fact]
    public async Task The_Japanese_and_short_words_find_the_embassy_on_PostgreSQL()
    {
        foreach (var word in new[] { "デンマーク", "在日", "デンマーク王国大使館" })
        {
            var found = await registries.Postgres.WithDbAsync(db => RegistryTextSearch.For(db)
                .NamingEveryWord(db.Organizations.AsNoTracking(), word).Select(o => o.Slug).ToListAsync());
            Assert.Contains("royal-danish-embassy-tokyo", found);
        }
    }

    /// <summary>What each search finds, by stable keys (ids may differ between the two databases).</summary>
    private static async Task<string> FoundAsync(RegistryDbContext db, string query)
    {
        var search = RegistryTextSearch.For(db);
        var organizations = await search.NamingEveryWord(db.Organizations.AsNoTracking(), query).Select(o => o.Slug).ToListAsync();
        var people = await search.NamingEveryWord(db.People.AsNoTracking(), query).Select(p => p.Name + "|" + p.LocalName).ToListAsync();
        var agreements = await search.MentioningEveryWord(db.Agreements.AsNoTracking(), query)
            .Select(a => a.Title + "|" + a.EffectiveOn).ToListAsync();
        return string.Join("\n", organizations.Order(StringComparer.Ordinal)) + "\n--\n"
            + string.Join("\n", people.Order(StringComparer.Ordinal)) + "\n--\n"
            + string.Join("\n", agreements.Order(StringComparer.Ordinal));
    }

    public sealed class BothRegistries : IAsyncLifetime
    {
        private readonly TestDatabase _database = new();
        private readonly string _sqlitePath = Path.Combine(Path.GetTempPath(), $"linkj-parity-{Guid.NewGuid():N}.db");

        public BothRegistries()
        {
            Sqlite = new RegistryFactory(_sqlitePath);
            Sqlite.Settings["Database:Provider"] = "Sqlite";
            Sqlite.Settings["ConnectionStrings:Partnerships"] = $"Data Source={_sqlitePath}";
            Postgres = new PostgresInstance(_database);
        }

        public RegistryFactory Sqlite { get; }

        public PostgresInstance Postgres { get; }

        public async Task InitializeAsync()
        {
            foreach (var factory in new[] { Sqlite, Postgres })
            {
                _ = factory.Services;
                await CommandLine.Parse(["generate", "--organizations", "400", "--agreements", "2000", "--seed", "9"])!.RunAsync(factory.Services);
            }
        }

        public async Task DisposeAsync()
        {
            Sqlite.Dispose();
            Postgres.Dispose();
            await _database.DisposeAsync();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(_sqlitePath + suffix);
            }
        }
    }
}
#endif
