using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web.Pages.Staff.Agreements;

/// <summary>
/// The agreements list as a spreadsheet file. UTF-8 with a byte-order mark, because Excel otherwise reads
/// Japanese names as mojibake; cells that begin with = + - @ (or a tab or carriage return) get a leading
/// apostrophe so a spreadsheet shows them as text instead of running them as formulas.
/// </summary>
public static class AgreementCsv
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.Escape,
    };

    public static string FileName(DateOnly today) => $"agreements-{today:yyyy-MM-dd}.csv";

    public static byte[] Write(IEnumerable<AgreementCsvRow> rows, DateOnly today, int endingSoonDays, IStringLocalizer s)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, Configuration))
        {
            string[] header =
            [
                s["ID"], s["Type"], s["Title"], s["Parties"], s["Partner countries"], s["Signatories and representatives"],
                s["Effective"], s["Ends"], s["Status"], s["Days left"], s["Visibility"], s["Partner ordinal"],
                s["Source"], s["Internal notes"], s["Data-quality notes"],
            ];
            foreach (var name in header)
            {
                csv.WriteField(name);
            }

            csv.NextRecord();
            foreach (var row in rows)
            {
                var period = new AgreementPeriod(row.EffectiveOn, row.EndsOn);
                var status = period.StatusOn(today, endingSoonDays);
                csv.WriteField(row.Id.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(s.Label(row.Type));
                csv.WriteField(row.Title);
                csv.WriteField(string.Join("; ", row.Parties.Select(p => p.LocalName is null ? p.Name : $"{p.Name} ({p.LocalName})")));
                csv.WriteField(string.Join("; ", row.Parties.Where(p => !p.IsHome && p.CountryCode != null).Select(p => p.CountryCode).Distinct()));
                csv.WriteField(string.Join("; ", row.People.Select(p => $"{p.Name} ({s.Label(p.Role)}, {p.Party})")));
                csv.WriteField(row.EffectiveOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                csv.WriteField(row.EndsOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty);
                csv.WriteField(s.Label(status));
                csv.WriteField(status.IsInForce() && period.DaysLeftOn(today) is { } days ? days.ToString(CultureInfo.InvariantCulture) : string.Empty);
                csv.WriteField(s.Label(row.Visibility));
                csv.WriteField(row.PartnerOrdinal?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
                csv.WriteField(row.SourceUrl ?? string.Empty);
                csv.WriteField(row.InternalNotes ?? string.Empty);
                csv.WriteField(row.DataQualityNotes ?? string.Empty);
                csv.NextRecord();
            }
        }

        return stream.ToArray();
    }

    public static IQueryable<AgreementCsvRow> SelectCsvRow(this IQueryable<Agreement> agreements) =>
        agreements.Select(a => new AgreementCsvRow(
            a.Id,
            a.Type,
            a.Title,
            a.EffectiveOn,
            a.EndsOn,
            a.Visibility,
            a.PartnerOrdinal,
            a.SourceUrl,
            a.InternalNotes,
            a.DataQualityNotes,
            a.Parties.OrderBy(p => p.Organization.IsHome).ThenBy(p => p.Organization.Name)
                .Select(p => new PartyName(p.OrganizationId, p.Organization.Name, p.Organization.LocalName, p.Organization.CountryCode, p.Organization.IsHome)).ToList(),
            a.Participants.OrderBy(p => p.Role).ThenBy(p => p.Person.Name)
                .Select(p => new CsvPerson(p.Person.Name, p.Role, p.Organization.Name)).ToList()));
}

public sealed record AgreementCsvRow(
    int Id,
    AgreementType Type,
    string Title,
    DateOnly EffectiveOn,
    DateOnly? EndsOn,
    Visibility Visibility,
    int? PartnerOrdinal,
    string? SourceUrl,
    string? InternalNotes,
    string? DataQualityNotes,
    IReadOnlyList<PartyName> Parties,
    IReadOnlyList<CsvPerson> People);

public sealed record CsvPerson(string Name, ParticipantRole Role, string Party);
