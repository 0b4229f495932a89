using System.Globalization;
using System.Runtime.CompilerServices;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Pages.Shared;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web.Pages.Staff.Agreements;

/// <summary>
/// The agreements list as a spreadsheet file (<see cref="SpreadsheetCsv"/>).
/// </summary>
public static class AgreementCsv
{
    /// <summary>The columns, by their English header, which is also their resource key; the CSV import reads them back.</summary>
    public static readonly string[] Columns =
    [
        "ID", "Type", "Title", "Parties", "Partner countries", "Signatories and representatives",
        "Effective", "Ends", "Status", "Days left", "Visibility", "Partner ordinal",
        "Source", "Internal notes", "Data-quality notes",
    ];

    public static string FileName(DateOnly today) => $"agreements-{today:yyyy-MM-dd}.csv";

    /// <summary>Agreements per batch: their parties and people are read by id, one batch at a time.</summary>
    public const int BatchSize = 500;

    /// <summary>
    /// Writes the rows to the response as they are read, so an export of the whole registry never sits in memory.
    /// </summary>
    public static async Task WriteAsync(Stream body, IAsyncEnumerable<AgreementCsvRow> rows, DateOnly today, int endingSoonDays, IStringLocalizer s, CancellationToken cancellationToken)
    {
        await using var csv = await SpreadsheetCsv.OpenAsync(body, Columns, s);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var period = new AgreementPeriod(row.EffectiveOn, row.EndsOn, row.Terminated);
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
            await csv.NextRecordAsync();
        }

        await csv.FlushAsync();
    }

    /// <summary>
    /// The rows of the ordered agreements, streamed: first the ordered ids (a few bytes each), then each batch's
    /// agreements, parties and people by id. No reader stays open while the next statement runs, which PostgreSQL's
    /// one-command-at-a-time connections require. All of it in one read transaction, so every batch sees the same registry.
    /// </summary>
    public static async IAsyncEnumerable<AgreementCsvRow> ReadAsync(
        IQueryable<Agreement> ordered, RegistryDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var transaction = await RegistryDatabase.Of(db).BeginReadAsync(db, cancellationToken);
        var ids = await ordered.Select(a => a.Id).ToListAsync(cancellationToken);
        foreach (var chunk in ids.Chunk(BatchSize))
        {
            var agreements = await db.Agreements.AsNoTracking()
                .Where(a => chunk.Contains(a.Id))
                .Select(a => new AgreementCsvRow(a.Id, a.Type, a.Title, a.EffectiveOn, a.EndsOn, a.Visibility, a.PartnerOrdinal, a.SourceUrl, a.InternalNotes, a.DataQualityNotes, Array.Empty<PartyName>(), Array.Empty<CsvPerson>()) { Terminated = a.TerminatedOn != null })
                .ToDictionaryAsync(a => a.Id, cancellationToken);
            foreach (var row in await CompleteAsync(chunk.Select(id => agreements[id]).ToList(), db, cancellationToken))
            {
                yield return row;
            }
        }
    }

    private static async Task<IEnumerable<AgreementCsvRow>> CompleteAsync(List<AgreementCsvRow> batch, RegistryDbContext db, CancellationToken cancellationToken)
    {
        var ids = batch.Select(a => a.Id).ToList();
        var parties = await db.PartiesOfAsync(ids, cancellationToken);
        var people = (await db.AgreementParticipants.AsNoTracking()
                .Where(p => ids.Contains(p.AgreementId))
                .OrderBy(p => p.AgreementId).ThenBy(p => p.Role).ThenBy(p => p.Person.Name).ThenBy(p => p.PersonId)
                .Select(p => new { p.AgreementId, Person = new CsvPerson(p.Person.Name, p.Role, p.Organization.Name) })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.AgreementId, p => p.Person);
        return batch.Select(a => a with { Parties = parties[a.Id].ToList(), People = people[a.Id].ToList() }).ToList();
    }
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
    IReadOnlyList<CsvPerson> People)
{
    /// <summary>Ended early: its status reads "terminated", and it counts as ended.</summary>
    public bool Terminated { get; init; }
}

public sealed record CsvPerson(string Name, ParticipantRole Role, string Party);
