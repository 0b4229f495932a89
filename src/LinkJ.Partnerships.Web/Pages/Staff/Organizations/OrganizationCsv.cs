using System.Globalization;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web.Pages.Staff.Organizations;

/// <summary>
/// Every organization as a spreadsheet file (<see cref="SpreadsheetCsv"/>), with the columns the CSV import reads back
/// (the parent by its slug).
/// </summary>
public static class OrganizationCsv
{
    /// <summary>By their English header, which is also their resource key.</summary>
    public static readonly string[] Columns =
    [
        "ID", "Slug", "Name", "Short name", "Local name", "Kind", "Country", "City", "Website", "Description",
        "Founded", "Members", "Parent", "Internal notes", "Seed key",
    ];

    public static string FileName(DateOnly today) => $"organizations-{today:yyyy-MM-dd}.csv";

    public static async Task WriteAsync(Stream body, RegistryDbContext db, IStringLocalizer s, CancellationToken cancellationToken)
    {
        await using var csv = await SpreadsheetCsv.OpenAsync(body, Columns, s);
        var rows = db.Organizations.AsNoTracking().OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Select(o => new
            {
                o.Id, o.Slug, o.Name, o.ShortName, o.LocalName, o.Kind, o.CountryCode, o.City, o.Website, o.Description,
                o.FoundedOn, o.MemberCount, ParentSlug = o.Parent == null ? null : o.Parent.Slug, o.InternalNotes, o.SeedKey,
            })
            .AsAsyncEnumerable();
        await foreach (var o in rows.WithCancellation(cancellationToken))
        {
            csv.WriteField(o.Id.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(o.Slug);
            csv.WriteField(o.Name);
            csv.WriteField(o.ShortName ?? string.Empty);
            csv.WriteField(o.LocalName ?? string.Empty);
            csv.WriteField(s.Label(o.Kind));
            csv.WriteField(o.CountryCode ?? string.Empty);
            csv.WriteField(o.City ?? string.Empty);
            csv.WriteField(o.Website ?? string.Empty);
            csv.WriteField(o.Description ?? string.Empty);
            csv.WriteField(o.FoundedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty);
            csv.WriteField(o.MemberCount?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            csv.WriteField(o.ParentSlug ?? string.Empty);
            csv.WriteField(o.InternalNotes ?? string.Empty);
            csv.WriteField(o.SeedKey ?? string.Empty);
            await csv.NextRecordAsync();
        }

        await csv.FlushAsync();
    }
}
