#if POSTGRESQL
using LinkJ.Partnerships.Tests.Staff;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Postgres;

/// <summary>
/// Each search statement can be answered from its trigram index, as the app runs it (a generic plan). The index is on
/// a stored column, so a statement that tests anything else than that column would scan the table instead. Sequential
/// scans are turned off for the question: on a seeded registry's few rows the planner rightly prefers them.
/// </summary>
public sealed class TextSearchPlanTests : IDisposable
{
    private readonly RegistryFactory _factory = new();

    [Fact]
    public async Task Every_search_statement_reads_its_trigram_index()
    {
        await _factory.WithDbAsync(async db =>
        {
            var search = RegistryTextSearch.For(db);
            Assert.Contains("IX_Organizations_SearchText_Trigrams", await PlanAsync(db, search.Organizations("Kyoto")));
            Assert.Contains("IX_Agreements_SearchText_Trigrams", await PlanAsync(db, search.Agreements("デンマーク")));
            Assert.Contains("IX_Agreements_TitleText_Trigrams", await PlanAsync(db, search.AgreementTitles("100%")));
            Assert.Contains("IX_People_SearchText_Trigrams", await PlanAsync(db, search.People("佐々木")));
        });
    }

    /// <summary>
    /// A write goes into the trigram indexes at once, not into a pending list that every search would read through
    /// until a vacuum (the TrigramIndexesWithoutPendingList migration).
    /// </summary>
    [Fact]
    public async Task Writes_leave_nothing_pending_in_the_trigram_indexes()
    {
        await _factory.AddAgreementAsync("Quokka pending list study", new DateOnly(2025, 5, 1), Term.OfYears(3), "Perth Quokka Lab", "AU", signatory: "Quentin Quokka");
        await _factory.WithDbAsync(async db =>
        {
            for (var i = 0; i < 20; i++)
            {
                db.Organizations.Add(new Organization($"Pending Org {i}", OrganizationKind.Company, $"pending-org-{i}"));
            }

            await db.SaveChangesAsync();
        });

        await _factory.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("CREATE EXTENSION IF NOT EXISTS pgstattuple");
            foreach (var index in new[] { "IX_Organizations_SearchText_Trigrams", "IX_Agreements_SearchText_Trigrams", "IX_Agreements_TitleText_Trigrams", "IX_People_SearchText_Trigrams" })
            {
                var quoted = $"\"{index}\"";
                var pending = await db.Database.SqlQuery<long>($"SELECT pending_tuples AS \"Value\" FROM pgstatginindex({quoted}::text::regclass)").SingleAsync();
                Assert.True(pending == 0, $"{pending} entries pending in {index}");
            }

            Assert.Equal(20, await RegistryTextSearch.For(db).Organizations("pending org").CountAsync());
        });
    }

    private static async Task<string> PlanAsync(RegistryDbContext db, IQueryable<int> query)
    {
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off");
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN " + command.CommandText;
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }

    public void Dispose() => _factory.Dispose();
}
#endif
