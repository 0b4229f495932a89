using System.Globalization;
using FluentValidation;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Pages.Admin.Agreements;
using LinkJ.Partnerships.Web.Pages.Staff.Agreements;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web.Pages.Admin.Import;

/// <summary>
/// Rows of the agreements export, read back. A row with an ID changes that agreement; a row without one adds an
/// agreement, unless one of the same type, date and parties is already stored (the form's duplicate rule), which it
/// then changes instead, so a file imported twice adds nothing. A column left out of the file leaves its field as
/// stored. Each row becomes an <see cref="AgreementInput"/> and passes the form's own validator before it is planned.
/// </summary>
public sealed class AgreementRows(RegistryDbContext db, IValidator<AgreementInput> validator, IStringLocalizer<SharedResource> s) : ICsvRows
{
    public IReadOnlyCollection<string> Columns => AgreementCsv.Columns;

    public async Task<List<ImportRow>> PlanAsync(CsvSheet sheet, CancellationToken cancellationToken)
    {
        var ids = sheet.Rows.Select(r => CsvCells.Int(r["ID"])).OfType<int>().Distinct().ToList();
        var stored = await Stored().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var state = new PlanState(stored);
        var plans = new List<ImportRow>();
        foreach (var row in sheet.Rows)
        {
            plans.Add(await PlanAsync(row, state, cancellationToken));
        }

        return plans;
    }

    private IQueryable<Agreement> Stored() => db.Agreements
        .Include(a => a.Parties).ThenInclude(p => p.Organization)
        .Include(a => a.Participants).ThenInclude(p => p.Person)
        .Include(a => a.Participants).ThenInclude(p => p.Organization)
        .AsSplitQuery();

    private async Task<ImportRow> PlanAsync(CsvRow row, PlanState state, CancellationToken cancellationToken)
    {
        var record = row["Title"] ?? string.Empty;
        Agreement? agreement = null;
        if (row["ID"] is { } idText)
        {
            if (CsvCells.Int(idText) is not { } id || !state.Stored.TryGetValue(id, out agreement))
            {
                return ImportRow.Refused(row, record, "missing", s["There is no agreement with the ID {0}.", idText]);
            }
        }

        var problems = new List<string>();
        var input = await OverlayAsync(row, agreement, problems, cancellationToken);
        if (problems.Count > 0)
        {
            return ImportRow.Refused(row, record, Key(agreement), problems);
        }

        var named = await AgreementInputValidator.NamedOrganizationsAsync(db, input, cancellationToken);
        var partyIds = input.FilledParties.Select(p => Names.Normalize(p.Row.Organization!)).Where(named.ContainsKey).Select(n => named[n].Id).Distinct().Order().ToList();
        if (agreement is null && input.EffectiveOn is { } on && partyIds.Count >= Agreement.MinimumParties
            && await DuplicateAgreements.FindAsync(db, input.Type, on, partyIds, null, cancellationToken) is { } sameId)
        {
            agreement = await Stored().SingleAsync(a => a.Id == sameId, cancellationToken);
            input = await OverlayAsync(row, agreement, problems, cancellationToken);
        }

        record = agreement is null ? input.Title ?? record : $"{agreement.Id}: {input.Title}";
        if (agreement is not null && !state.Matched.Add(agreement.Id))
        {
            return ImportRow.Refused(row, record, Key(agreement), s["An earlier row of the file already changes this agreement."]);
        }

        input.Id = agreement?.Id ?? 0;
        var result = await validator.ValidateAsync(AgreementInputValidator.ContextFor(input, named), cancellationToken);
        if (!result.IsValid)
        {
            return ImportRow.Refused(row, record, Key(agreement), result.Errors.Select(e => e.ErrorMessage).Distinct());
        }

        // An extension or an early termination the file's dates would contradict (the domain's own rule).
        if (agreement?.ScheduleProblem(input.EffectiveOn!.Value, input.TryTerm()!) is { } scheduleProblem)
        {
            return ImportRow.Refused(row, record, Key(agreement), s[scheduleProblem]);
        }

        if (agreement is null && !state.Added.Add($"{input.Type}|{input.EffectiveOn}|{string.Join(',', partyIds)}"))
        {
            return ImportRow.Refused(row, record, Key(agreement), s["An earlier row of the file adds the same agreement."]);
        }

        var before = agreement is null ? null : AgreementInput.From(agreement).Describe();
        return ImportRow.Planned(row, record, Key(agreement), before, input.Describe(), async ct =>
        {
            var target = agreement ?? new Agreement(input.Type, input.Title!, input.EffectiveOn!.Value, input.TryTerm()!);
            await AgreementWriter.ApplyAsync(db, input, named, target, ct);
            if (agreement is null)
            {
                db.Agreements.Add(target);
            }
        });
    }

    private static string Key(Agreement? agreement) => agreement is null ? "new" : $"{agreement.Id}@{agreement.Version}";

    /// <summary>The stored agreement's input (or a new one) with every column the file has laid over it.</summary>
    private async Task<AgreementInput> OverlayAsync(CsvRow row, Agreement? agreement, List<string> problems, CancellationToken cancellationToken)
    {
        problems.Clear();
        var input = agreement is null ? new AgreementInput { TermKind = TermKind.OpenEnded } : AgreementInput.From(agreement);
        if (row.Has("Type"))
        {
            if (CsvLabels.TryParse<AgreementType>(s, row["Type"] ?? string.Empty, out var type))
            {
                input.Type = type;
            }
            else
            {
                problems.Add(s["“{0}” is not a type of agreement.", row["Type"] ?? string.Empty]);
            }
        }

        if (row.Has("Title"))
        {
            input.Title = row["Title"];
        }

        if (row.Has("Parties"))
        {
            var roles = input.Parties.Where(p => !p.IsBlank).ToDictionary(p => Names.Normalize(p.Organization!), p => p.Role);
            input.Parties = [.. (await PartyNamesAsync(CsvCells.List(row["Parties"]), cancellationToken))
                .Select(name => new PartyInput { Organization = name, Role = roles.GetValueOrDefault(Names.Normalize(name), PartyRole.Party) })];
        }

        if (row.Has("Signatories and representatives"))
        {
            var people = new List<ParticipantInput>();
            foreach (var text in CsvCells.List(row["Signatories and representatives"]))
            {
                if (ParsePerson(text) is not { } person)
                {
                    problems.Add(s["Write each person as “Name (role, party)”, as the export does: “{0}” is not.", text]);
                    continue;
                }

                var earlier = input.People.FirstOrDefault(p => p.Id is not null && !people.Contains(p) && p.Role == person.Role
                    && Names.Normalize(p.Name ?? string.Empty) == Names.Normalize(person.Name!) && Names.Normalize(p.Party ?? string.Empty) == Names.Normalize(person.Party!));
                people.Add(earlier ?? person);
            }

            input.People = people;
        }

        if (row.Has("Effective"))
        {
            input.EffectiveOn = Date(row, "Effective", problems);
        }

        if (row.Has("Ends"))
        {
            var ends = Date(row, "Ends", problems);
            if (agreement is null || ends != agreement.EndsOn)
            {
                (input.TermKind, input.EndsOn) = ends is null ? (TermKind.OpenEnded, (DateOnly?)null) : (TermKind.FixedEndDate, ends);
            }
        }

        if (row.Has("Visibility"))
        {
            if (CsvLabels.TryParse<Visibility>(s, row["Visibility"] ?? string.Empty, out var visibility))
            {
                input.Visibility = visibility;
            }
            else
            {
                problems.Add(s["“{0}” is not a visibility.", row["Visibility"] ?? string.Empty]);
            }
        }

        if (row.Has("Partner ordinal"))
        {
            input.PartnerOrdinal = CsvCells.Int(row["Partner ordinal"]);
            if (row["Partner ordinal"] is { } ordinal && input.PartnerOrdinal is null)
            {
                problems.Add(s["“{0}” is not a whole number.", ordinal]);
            }
        }

        input.SourceUrl = row.Has("Source") ? row["Source"] : input.SourceUrl;
        input.InternalNotes = row.Has("Internal notes") ? row["Internal notes"] : input.InternalNotes;
        input.DataQualityNotes = row.Has("Data-quality notes") ? row["Data-quality notes"] : input.DataQualityNotes;
        return input;
    }

    private DateOnly? Date(CsvRow row, string column, List<string> problems)
    {
        if (row[column] is not { } text)
        {
            return null;
        }

        if (CsvCells.Date(text) is { } date)
        {
            return date;
        }

        problems.Add(s["“{0}” is not a date; write it as 2024-04-01.", text]);
        return null;
    }

    /// <summary>The export writes a party as "Name (local name)"; a name that is itself stored wins over that reading.</summary>
    private async Task<List<string>> PartyNamesAsync(IReadOnlyList<string> cells, CancellationToken cancellationToken)
    {
        var bare = cells.Select(c => c.EndsWith(')') && c.LastIndexOf(" (", StringComparison.Ordinal) is > 0 and var i ? c[..i] : c).ToList();
        var candidates = cells.Concat(bare).Select(Names.Normalize).Distinct().ToList();
        var known = (await db.Organizations.Where(o => candidates.Contains(o.NormalizedName)).Select(o => o.NormalizedName).ToListAsync(cancellationToken)).ToHashSet();
        return [.. cells.Select((c, i) => known.Contains(Names.Normalize(c)) ? c : bare[i])];
    }

    /// <summary>"Name (role, party)", as the export writes a person; the role is a label in either language.</summary>
    private ParticipantInput? ParsePerson(string text)
    {
        if (!text.EndsWith(')'))
        {
            return null;
        }

        foreach (var role in Enum.GetValues<ParticipantRole>())
        {
            foreach (var label in CsvLabels.InEveryLanguage(s, role).Append(role.ToString()))
            {
                var marker = $" ({label}, ";
                var at = text.LastIndexOf(marker, StringComparison.OrdinalIgnoreCase);
                if (at > 0)
                {
                    return new ParticipantInput { Name = text[..at].Trim(), Role = role, Party = text[(at + marker.Length)..^1].Trim() };
                }
            }
        }

        return null;
    }

    private sealed record PlanState(Dictionary<int, Agreement> Stored)
    {
        public HashSet<int> Matched { get; } = [];

        public HashSet<string> Added { get; } = [];
    }
}
