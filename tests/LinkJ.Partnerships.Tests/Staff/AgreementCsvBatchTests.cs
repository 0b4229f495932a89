using System.Globalization;
using System.Net;
using CsvHelper;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Pages.Staff.Agreements;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Staff;

/// <summary>The export is streamed in batches; over a generated registry every batch must carry its own parties and people.</summary>
public sealed class AgreementCsvBatchTests(GeneratedRegistry registry) : IClassFixture<GeneratedRegistry>
{
    [Fact]
    public async Task Every_agreement_is_exported_once_in_order_with_its_own_parties_and_people_across_batches()
    {
        var staff = await registry.Factory.SignedInAsync(Roles.Staff);
        var response = await staff.GetAsync("/staff/agreements?handler=Csv&sort=Title");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reader = new StringReader(await response.Content.ReadAsStringAsync());
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>()
            .Select(r => (Id: int.Parse((string)r["ID"], CultureInfo.InvariantCulture), Title: (string)r["Title"], Parties: (string)r["Parties"], People: (string)r["Signatories and representatives"]))
            .ToList();

        var expected = await registry.Factory.WithDbAsync(async db => await db.Agreements
            .OrderBy(a => a.Title).ThenBy(a => a.Id)
            .Select(a => new
            {
                a.Id,
                a.Title,
                Parties = a.Parties.OrderBy(p => p.Organization.IsHome).ThenBy(p => p.Organization.Name).Select(p => p.Organization.LocalName == null ? p.Organization.Name : p.Organization.Name + " (" + p.Organization.LocalName + ")").ToList(),
                People = a.Participants.Select(p => p.Person.Name).ToList(),
            })
            .ToListAsync());
        Assert.True(expected.Count > 2 * AgreementCsv.BatchSize, "The registry must span several batches.");
        Assert.Equal(expected.Select(a => a.Id), rows.Select(r => r.Id));
        foreach (var (row, agreement) in rows.Zip(expected))
        {
            Assert.Equal(string.Join("; ", agreement.Parties), row.Parties);
            Assert.Equal(agreement.People.Order(StringComparer.Ordinal), row.People.Split("; ", StringSplitOptions.RemoveEmptyEntries).Select(p => p[..p.IndexOf(" (", StringComparison.Ordinal)]).Order(StringComparer.Ordinal));
        }
    }
}
