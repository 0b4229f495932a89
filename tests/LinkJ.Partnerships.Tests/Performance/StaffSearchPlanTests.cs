using System.Data.Common;
using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Commands;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Pages.Staff;
using LinkJ.Partnerships.Web.Pages.Staff.Agreements;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace LinkJ.Partnerships.Tests.Performance;

/// <summary>
/// What SQLite does with each statement of the staff list (and of a profile's first visit), over a generated registry with planner statistics:
/// a search reaches agreements through the text indexes and primary keys, never by reading a whole table, and the
/// default order comes from an index. Plans and step counts, not timings, so the tests hold on a busy machine. Words of one or two
/// characters are left out: a trigram index cannot find them, so they fall back to LIKE (see SqliteTextSearch).
/// </summary>
public sealed class StaffSearchPlanTests(StaffSearchPlanTests.Registry registry) : IClassFixture<StaffSearchPlanTests.Registry>
{
    [Theory]
    [InlineData("/staff/agreements?q=kyoto")]
    [InlineData("/staff/agreements?q=kyoto%20university&page=2")]
    [InlineData("/staff/agreements?q=kyoto&sort=Parties")]
    [InlineData("/staff/agreements?q=kyoto&sort=Ends&dir=desc")]
    [InlineData("/staff/agreements?q=kyoto&country=JP&type=Mou&status=Ended")]
    [InlineData("/staff/agreements?q=医科大学")]
    public async Task A_search_reads_no_table_from_end_to_end(string url)
    {
        var plans = await PlansAsync(url);

        Assert.All(plans, plan => Assert.DoesNotContain(plan.Lines, plan.ScansATable));
    }

    /// <summary>
    /// From the organizations and people whose names match to their agreements: the parties' and participants'
    /// indexes hold the agreement's id, so no table row is read per party (a common word reaches hundreds).
    /// </summary>
    [Fact]
    public async Task A_search_goes_from_names_to_agreements_through_the_indexes_alone()
    {
        var plans = await PlansAsync("/staff/agreements?q=kyoto");

        var search = Assert.Single(plans, p => p.Sql.Contains("OrganizationSearch MATCH", StringComparison.Ordinal));
        var throughNames = search.Lines.Where(l => l.Contains(" USING ", StringComparison.Ordinal) && l.Contains("IX_AgreementPart", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, throughNames.Count);
        Assert.All(throughNames, line => Assert.Contains("USING COVERING INDEX", line, StringComparison.Ordinal));
    }

    /// <summary>
    /// A search by words alone in the default order, either direction, is arranged by the order kept in memory
    /// (<see cref="AgreementListOrder"/>): once that is read, no statement orders agreements, and the matches are
    /// found by one.
    /// </summary>
    [Theory]
    [InlineData("/staff/agreements?q=university")]
    [InlineData("/staff/agreements?q=kyoto&dir=asc&page=2")]
    public async Task A_search_by_words_alone_orders_no_agreement_once_the_list_order_is_kept(string url)
    {
        var staff = await registry.StaffAsync();
        await KeepTheListOrderAsync();
        registry.Factory.Statements.Clear();
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(url)).StatusCode);

        Assert.Single(registry.Factory.Statements, s => s.Sql.Contains("AgreementSearch MATCH", StringComparison.Ordinal));
        Assert.DoesNotContain(registry.Factory.Statements, s => s.Sql.Contains("ORDER BY \"a\".\"EffectiveOn\"", StringComparison.Ordinal));
    }

    /// <summary>The order kept for searches by words is read in one statement, in order from an index: nothing sorted.</summary>
    [Fact]
    public async Task The_kept_list_order_is_read_in_order_from_an_index()
    {
        await registry.Factory.WithDbAsync(async db =>
        {
            // A write, so the order is read again.
            var agreement = await db.Agreements.OrderBy(a => a.Id).FirstAsync();
            agreement.InternalNotes = "Read the order again.";
            await db.SaveChangesAsync();
        });
        registry.Factory.Statements.Clear();
        await KeepTheListOrderAsync();

        var (sql, parameters) = Assert.Single(registry.Factory.Statements);
        await using var connection = new SqliteConnection($"Data Source={registry.Factory.Database}");
        await connection.OpenAsync();
        var plan = await PlanAsync(connection, sql, parameters);
        Assert.Contains(plan.Lines, line => line.Contains("INDEX IX_Agreements_EffectiveOn_Title", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Lines, line => line.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_first_page_of_all_agreements_is_read_in_order_from_an_index()
    {
        var plans = await PlansAsync("/staff/agreements");

        var page = Assert.Single(plans, p => p.Sql.Contains("ORDER BY \"a\".\"EffectiveOn\" DESC", StringComparison.Ordinal));
        Assert.DoesNotContain(page.Lines, line => line.Contains("TEMP B-TREE", StringComparison.Ordinal));
        Assert.All(plans, plan => Assert.DoesNotContain(plan.Lines, line => plan.ScansATable(line) && !line.Contains(" INDEX ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("kyoto", AgreementSort.Effective)]
    [InlineData("kyoto", AgreementSort.Parties)]
    [InlineData("医科大学", AgreementSort.Title)]
    [InlineData("", AgreementSort.Status)]
    public async Task A_page_of_summaries_has_the_same_rows_and_party_order_as_the_shared_projection(string query, AgreementSort sort)
    {
        await registry.Factory.WithDbAsync(async db =>
        {
            var search = new AgreementSearch { Query = query, Sort = sort };
            IQueryable<Agreement> Page() => search.Apply(db.Agreements.AsNoTracking(), RegistryFactory.DefaultToday, 90, RegistryTextSearch.For(db)).Skip(5).Take(25);

            var expected = await Page().SelectSummary().ToListAsync();
            var actual = await Page().ToSummaryPageAsync(db, CancellationToken.None);

            Assert.True(expected.Count > 10, $"{expected.Count} rows");
            Assert.Equal(expected.Select(Describe), actual.Select(Describe));
        });
    }

    /// <summary>
    /// The plans above cannot see a statement that searches an index once per row of another (the partner-country
    /// list once compared every organization with every other in its country: 30 s at 10,000). SQLite's count of
    /// virtual-machine steps can: here it stays under a few thousand, where such a statement takes hundreds of thousands.
    /// </summary>
    [Theory]
    [InlineData("/staff/agreements?q=kyoto")]
    [InlineData("/staff/agreements")]
    [InlineData("/staff/agreements?q=kyoto&sort=Parties")]
    [InlineData("/staff/agreements?q=kyoto&country=JP&type=Mou&status=Ended")]
    public async Task No_statement_does_more_than_five_steps_per_agreement_in_the_registry(string url)
    {
        var staff = await registry.StaffAsync();
        await KeepTheListOrderAsync();
        registry.Factory.Statements.Clear();
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(url)).StatusCode);
        var limit = 5 * await registry.Factory.WithDbAsync(db => db.Agreements.CountAsync());

        await using var connection = new SqliteConnection($"Data Source={registry.Factory.Database}");
        await connection.OpenAsync();
        Assert.All(registry.Factory.Statements.Where(s => !s.Sql.Contains("AspNetUsers", StringComparison.Ordinal)), statement =>
        {
            var steps = Steps(connection, statement.Sql, statement.Parameters);
            Assert.True(steps < limit, $"{steps} steps (limit {limit}):\n{statement.Sql}");
        });
    }

    /// <summary>
    /// Several words are searched one after the other, each once: their statement costs about what the words' own
    /// statements cost together, each word's ids made distinct as the INTERSECT makes them (2.3 times, with the
    /// INTERSECT's own tables). Asking for the first word's matches that are in the next word's (an EXISTS per match)
    /// ran the next word's whole search once per match: 35 times, and 6 s at 50,000 agreements. A word given twice is
    /// searched once.
    /// </summary>
    [Fact]
    public async Task Several_words_cost_about_what_each_word_costs_alone()
    {
        var kyoto = await MatchingIdsStepsAsync("kyoto", distinct: true);
        var university = await MatchingIdsStepsAsync("university", distinct: true);
        var both = await MatchingIdsStepsAsync("kyoto university");

        Assert.True(both < 4 * (kyoto + university), $"{both} steps for both words, {kyoto} and {university} for each");
        Assert.Equal(kyoto, await MatchingIdsStepsAsync("kyoto kyoto", distinct: true));
    }

    private async Task<int> MatchingIdsStepsAsync(string words, bool distinct = false)
    {
        var staff = await registry.StaffAsync();
        registry.Factory.Statements.Clear();
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/staff/agreements?q=" + Uri.EscapeDataString(words))).StatusCode);
        var (sql, parameters) = Assert.Single(registry.Factory.Statements, s => s.Sql.Contains("AgreementSearch MATCH", StringComparison.Ordinal));

        await using var connection = new SqliteConnection($"Data Source={registry.Factory.Database}");
        await connection.OpenAsync();
        return Steps(connection, distinct ? $"SELECT DISTINCT * FROM ({sql})" : sql, parameters);
    }

    /// <summary>
    /// The partner countries hop through the country index, one lookup per country, so their cost does not grow with
    /// the organizations: 2,000 more in one country add almost no steps. Grouping them had read an index entry per
    /// organization (six steps each: 228,000 steps at 38,000 organizations, against 1,500 now).
    /// </summary>
    [Fact]
    public async Task The_partner_countries_cost_the_same_however_many_organizations_share_a_country()
    {
        registry.Factory.Statements.Clear();
        var countries = await registry.Factory.WithDbAsync(db => db.PartnerCountriesAsync(CancellationToken.None));
        var (sql, parameters) = Assert.Single(registry.Factory.Statements);
        var expected = await registry.Factory.WithDbAsync(db => db.Organizations
            .Where(o => !o.IsHome && o.CountryCode != null && o.Parties.Any())
            .Select(o => o.CountryCode!).Distinct().ToListAsync());
        Assert.True(expected.Count > 5, $"{expected.Count} countries");
        Assert.Equal(expected.Order(), countries.Order());

        var copy = Path.Combine(Path.GetTempPath(), $"linkj-countries-{Guid.NewGuid():N}.db");
        try
        {
            await using var connection = new SqliteConnection($"Data Source={registry.Factory.Database}");
            await connection.OpenAsync();
            await ExecuteAsync(connection, $"VACUUM INTO '{copy}'");
            await using var grown = new SqliteConnection($"Data Source={copy};Pooling=False");
            await grown.OpenAsync();
            var before = Steps(grown, sql, parameters);
            await AddOrganizationsAsync(grown, 2000, countries.Min()!);
            var after = Steps(grown, sql, parameters);

            Assert.True(after < before + 100, $"{before} steps, then {after} with 2,000 more organizations:\n{sql}");
        }
        finally
        {
            File.Delete(copy);
        }
    }

    /// <summary>Copies of an existing organization in one country, with no agreement, under new names.</summary>
    private static async Task AddOrganizationsAsync(SqliteConnection connection, int count, string countryCode)
    {
        var columns = new List<string>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = "SELECT name FROM pragma_table_info('Organizations') WHERE name <> 'Id'";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }

        var values = columns.Select(c => c switch
        {
            "Slug" or "Name" or "NormalizedName" => $"'grown-' || n",
            "SeedKey" => "NULL",
            "CountryCode" => $"'{countryCode}'",
            "IsHome" => "0",
            _ => $"\"{c}\"",
        });
        await ExecuteAsync(connection, $"""
            WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < {count})
            INSERT INTO "Organizations" ({string.Join(", ", columns.Select(c => $"\"{c}\""))})
            SELECT {string.Join(", ", values)} FROM seq, (SELECT * FROM "Organizations" WHERE NOT "IsHome" LIMIT 1)
            """);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A profile's first visit in a version reads it in five statements: each starts from the partner's own rows.</summary>
    [Fact]
    public async Task A_profiles_first_visit_reads_no_table_and_few_steps()
    {
        var slug = await registry.Factory.WithDbAsync(db => db.Organizations
            .Where(o => !o.IsHome)
            .OrderByDescending(o => o.Parties.Count(p => p.Agreement.Visibility == Visibility.Public))
            .Select(o => o.Slug)
            .FirstAsync());
        await registry.Factory.WithDbAsync(async db =>
        {
            // A write, so the profile is not kept from an earlier visit.
            var organization = await db.Organizations.SingleAsync(o => o.Slug == slug);
            organization.City = "Kobe";
            await db.SaveChangesAsync();
        });
        registry.Factory.Statements.Clear();
        var visitor = registry.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/partners/{slug}")).StatusCode);
        var statements = registry.Factory.Statements.ToList();
        var limit = await registry.Factory.WithDbAsync(db => db.Agreements.CountAsync()) / 2;

        Assert.Equal(5, statements.Count);
        await using var connection = new SqliteConnection($"Data Source={registry.Factory.Database}");
        await connection.OpenAsync();
        foreach (var (sql, parameters) in statements)
        {
            var plan = await PlanAsync(connection, sql, parameters);
            Assert.DoesNotContain(plan.Lines, plan.ScansATable);
            var steps = Steps(connection, sql, parameters);
            Assert.True(steps < limit, $"{steps} steps (limit {limit}):\n{sql}");
        }
    }

    private static int Steps(SqliteConnection connection, string sql, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        Assert.Equal(SQLitePCL.raw.SQLITE_OK, SQLitePCL.raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement));
        using (statement)
        {
            foreach (var (name, value) in parameters)
            {
                var index = SQLitePCL.raw.sqlite3_bind_parameter_index(statement, name.StartsWith('@') ? name : "@" + name);
                _ = value switch
                {
                    null => SQLitePCL.raw.sqlite3_bind_null(statement, index),
                    int i => SQLitePCL.raw.sqlite3_bind_int64(statement, index, i),
                    long l => SQLitePCL.raw.sqlite3_bind_int64(statement, index, l),
                    bool b => SQLitePCL.raw.sqlite3_bind_int64(statement, index, b ? 1 : 0),
                    DateOnly d => SQLitePCL.raw.sqlite3_bind_text(statement, index, d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                    _ => SQLitePCL.raw.sqlite3_bind_text(statement, index, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)),
                };
            }

            while (SQLitePCL.raw.sqlite3_step(statement) == SQLitePCL.raw.SQLITE_ROW)
            {
            }

            return SQLitePCL.raw.sqlite3_stmt_status(statement, SQLitePCL.raw.SQLITE_STMTSTATUS_VM_STEP, 0);
        }
    }

    private static string Describe(AgreementSummary row) =>
        $"{row.Id} {row.Title} {row.Type} {row.Visibility} {row.EffectiveOn} {row.EndsOn}: " + string.Join(", ", row.Partners);

    /// <summary>
    /// Reads the order kept for searches by words, if a write has not left it read already: the tests of a search's
    /// statements look at what each search costs, not at that read, which follows each write and has its own test.
    /// </summary>
    private Task KeepTheListOrderAsync() =>
        registry.Factory.Services.GetRequiredService<AgreementListOrder>().ReadAsync(CancellationToken.None);

    private async Task<IReadOnlyList<Plan>> PlansAsync(string url)
    {
        var staff = await registry.StaffAsync();
        await KeepTheListOrderAsync();
        registry.Factory.Statements.Clear();
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(url)).StatusCode);

        await using var connection = new SqliteConnection($"Data Source={registry.Factory.Database}");
        await connection.OpenAsync();
        var plans = new List<Plan>();
        foreach (var (sql, parameters) in registry.Factory.Statements.Where(s => !s.Sql.Contains("AspNetUsers", StringComparison.Ordinal)))
        {
            plans.Add(await PlanAsync(connection, sql, parameters));
        }

        Assert.NotEmpty(plans);
        return plans;
    }

    private static async Task<Plan> PlanAsync(SqliteConnection connection, string sql, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in parameters)
        {
            explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var lines = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(3));
        }

        return new Plan(sql, lines);
    }

    public sealed record Plan(string Sql, IReadOnlyList<string> Lines)
    {
        /// <summary>
        /// A SCAN of a table, not of the FTS index or of a subquery's own few rows (a co-routine).
        /// </summary>
        public bool ScansATable(string line) =>
            line.StartsWith("SCAN ", StringComparison.Ordinal) && !line.Contains("VIRTUAL TABLE", StringComparison.Ordinal)
            && !Lines.Contains("CO-ROUTINE " + line.Split(' ')[1]);

        public override string ToString() => Sql + "\n" + string.Join("\n", Lines);
    }

    /// <summary>2,000 generated agreements with statistics (generate runs ANALYZE), every statement recorded, caches off.</summary>
    public sealed class Registry : GeneratedRegistry<RecordingFactory>
    {
        private HttpClient? _staff;

        public async Task<HttpClient> StaffAsync() => _staff ??= await Factory.SignedInAsync(Roles.Staff);
    }
}
