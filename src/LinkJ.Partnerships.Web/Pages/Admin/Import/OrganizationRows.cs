using FluentValidation;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Pages.Admin.Organizations;
using LinkJ.Partnerships.Web.Pages.Staff.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web.Pages.Admin.Import;

/// <summary>
/// Rows of the organizations export, read back. A row is matched to a stored organization by its ID, else its seed
/// key, else its slug, else its name, so a file imported twice adds nothing; an unmatched row adds one. A column left
/// out of the file leaves its field as stored. Each row becomes an <see cref="OrganizationInput"/> and passes the
/// form's own validator. A parent is named by its slug and must already be stored.
/// </summary>
public sealed class OrganizationRows(RegistryDbContext db, IValidator<OrganizationInput> validator, IStringLocalizer<SharedResource> s) : ICsvRows
{
    public IReadOnlyCollection<string> Columns => OrganizationCsv.Columns;

    public async Task<List<ImportRow>> PlanAsync(CsvSheet sheet, CancellationToken cancellationToken)
    {
        var all = await db.Organizations.AsNoTracking().Select(o => new { o.Id, o.Name, o.Slug }).ToListAsync(cancellationToken);
        var names = all.ToDictionary(o => o.Id, o => o.Name);
        var bySlug = all.ToDictionary(o => o.Slug, o => o.Id, StringComparer.Ordinal);
        var state = new PlanState(names, bySlug);
        var plans = new List<ImportRow>();
        foreach (var row in sheet.Rows)
        {
            plans.Add(await PlanAsync(row, state, cancellationToken));
        }

        return plans;
    }

    private async Task<ImportRow> PlanAsync(CsvRow row, PlanState state, CancellationToken cancellationToken)
    {
        var record = row["Name"] ?? row["Slug"] ?? string.Empty;
        var organization = await MatchAsync(row, cancellationToken);
        if (row["ID"] is { } idText && organization is null)
        {
            return ImportRow.Refused(row, record, "missing", s["There is no organization with the ID {0}.", idText]);
        }

        var key = organization is null ? "new" : $"{organization.Id}@{organization.Version}";
        if (organization is not null && !state.Matched.Add(organization.Id))
        {
            return ImportRow.Refused(row, record, key, s["An earlier row of the file already changes this organization."]);
        }

        var problems = new List<string>();
        var input = Overlay(row, organization, state, problems);
        record = input.Name ?? record;
        if (problems.Count > 0)
        {
            return ImportRow.Refused(row, record, key, problems);
        }

        var result = await validator.ValidateAsync(input, cancellationToken);
        if (!result.IsValid)
        {
            return ImportRow.Refused(row, record, key, result.Errors.Select(e => e.ErrorMessage).Distinct());
        }

        if (!state.Names.Add(Names.Normalize(input.Name!)) | !state.Slugs.Add(input.EffectiveSlug))
        {
            return ImportRow.Refused(row, record, key, s["An earlier row of the file already uses this name or slug."]);
        }

        string? ParentName(int? id) => id is { } p ? state.NameOf.GetValueOrDefault(p) : null;
        var before = organization is null ? null : OrganizationInput.From(organization).Describe(ParentName).ToList();
        return ImportRow.Planned(row, record, key, before, input.Describe(ParentName).ToList(), _ =>
        {
            if (organization is null)
            {
                db.Organizations.Add(input.Create());
            }
            else
            {
                input.ApplyTo(organization);
            }

            return Task.CompletedTask;
        });
    }

    private async Task<Organization?> MatchAsync(CsvRow row, CancellationToken cancellationToken)
    {
        if (row["ID"] is { } idText)
        {
            var id = CsvCells.Int(idText);
            return id is null ? null : await db.Organizations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        }

        if (row["Seed key"] is { } seedKey && await db.Organizations.FirstOrDefaultAsync(o => o.SeedKey == seedKey, cancellationToken) is { } seeded)
        {
            return seeded;
        }

        if (row["Slug"] is { } slug && await db.Organizations.FirstOrDefaultAsync(o => o.Slug == slug, cancellationToken) is { } bySlug)
        {
            return bySlug;
        }

        var name = Names.Normalize(row["Name"] ?? string.Empty);
        return name.Length == 0 ? null : await db.Organizations.FirstOrDefaultAsync(o => o.NormalizedName == name, cancellationToken);
    }

    private OrganizationInput Overlay(CsvRow row, Organization? organization, PlanState state, List<string> problems)
    {
        var input = organization is null ? new OrganizationInput() : OrganizationInput.From(organization);
        input.Name = row.Has("Name") ? row["Name"] : input.Name;
        input.Slug = row.Has("Slug") ? row["Slug"] : input.Slug;
        input.ShortName = row.Has("Short name") ? row["Short name"] : input.ShortName;
        input.LocalName = row.Has("Local name") ? row["Local name"] : input.LocalName;
        input.CountryCode = row.Has("Country") ? row["Country"]?.ToUpperInvariant() : input.CountryCode;
        input.City = row.Has("City") ? row["City"] : input.City;
        input.Website = row.Has("Website") ? row["Website"] : input.Website;
        input.Description = row.Has("Description") ? row["Description"] : input.Description;
        input.InternalNotes = row.Has("Internal notes") ? row["Internal notes"] : input.InternalNotes;
        if (row.Has("Kind"))
        {
            if (CsvLabels.TryParse<OrganizationKind>(s, row["Kind"] ?? string.Empty, out var kind))
            {
                input.Kind = kind;
            }
            else
            {
                problems.Add(s["“{0}” is not a kind of organization.", row["Kind"] ?? string.Empty]);
            }
        }

        if (row.Has("Founded"))
        {
            input.FoundedOn = CsvCells.Date(row["Founded"]);
            if (row["Founded"] is { } founded && input.FoundedOn is null)
            {
                problems.Add(s["“{0}” is not a date; write it as 2024-04-01.", founded]);
            }
        }

        if (row.Has("Members"))
        {
            input.MemberCount = CsvCells.Int(row["Members"]);
            if (row["Members"] is { } members && input.MemberCount is null)
            {
                problems.Add(s["“{0}” is not a whole number.", members]);
            }
        }

        if (row.Has("Parent"))
        {
            input.ParentId = null;
            if (row["Parent"] is { } parent)
            {
                if (state.BySlug.TryGetValue(parent, out var parentId))
                {
                    input.ParentId = parentId;
                }
                else
                {
                    problems.Add(s["There is no organization with the slug “{0}”.", parent]);
                }
            }
        }

        return input;
    }

    private sealed record PlanState(Dictionary<int, string> NameOf, Dictionary<string, int> BySlug)
    {
        public HashSet<int> Matched { get; } = [];

        public HashSet<string> Names { get; } = [];

        public HashSet<string> Slugs { get; } = new(StringComparer.Ordinal);
    }
}
