using FluentValidation;
using FluentValidation.AspNetCore;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using LinkJ.Partnerships.Web.Pages.Admin.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Admin.Agreements;

/// <summary>
/// What the create and edit pages share. Besides saving, the form posts back to preview the end date, to add
/// spare rows, and to add a new organization; each of those keeps everything typed so far.
/// </summary>
public abstract class AgreementFormPage(
    RegistryDbContext db,
    IValidator<AgreementInput> validator,
    IValidator<OrganizationInput> organizationValidator,
    RegistryClock clock) : PageModel
{
    [BindProperty]
    public AgreementInput Input { get; set; } = new();

    /// <summary>The quick "new organization" fields inside the agreement form.</summary>
    [BindProperty]
    public OrganizationInput NewOrganization { get; set; } = new();

    public IReadOnlyList<string> OrganizationNames { get; private set; } = [];

    public IReadOnlyList<string> PeopleNames { get; private set; } = [];

    /// <summary>True when the suggestion lists are filled as the admin types instead of with every name.</summary>
    public bool NamesOnDemand { get; private set; }

    /// <summary>Suggestions as the admin types, for a registry too large to list (<see cref="NameLookup"/>).</summary>
    public Task<IActionResult> OnGetNamesAsync(string? list, string? q, CancellationToken cancellationToken) =>
        NameLookup.FindAsync(db, list, q, cancellationToken);

    public TermPreview? Preview { get; private set; }

    /// <summary>What the last post-back did, when it saved something but stayed on the form.</summary>
    public string? Notice { get; private set; }

    /// <summary>The stored agreement this one would duplicate.</summary>
    public int? DuplicateOf { get; private set; }

    public DateOnly Today => clock.Today;

    public int EndingSoonDays => clock.EndingSoonDays;

    protected RegistryDbContext Db => db;

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        PrepareInput();
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAddRowsAsync(CancellationToken cancellationToken)
    {
        PrepareInput();
        Input.Parties.Add(new PartyInput());
        Input.People.AddRange([new ParticipantInput(), new ParticipantInput()]);
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAddOrganizationAsync(CancellationToken cancellationToken)
    {
        PrepareInput();
        NewOrganization.Id = 0;
        var result = await organizationValidator.ValidateAsync(NewOrganization, cancellationToken);
        if (!result.IsValid)
        {
            result.AddToModelState(ModelState, nameof(NewOrganization));
            return await ShowAsync(cancellationToken);
        }

        var organization = NewOrganization.Create();
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);

        var row = Input.Parties.FirstOrDefault(p => p.IsBlank);
        if (row is null)
        {
            row = new PartyInput();
            Input.Parties.Add(row);
        }

        row.Organization = organization.Name;
        ModelState.Remove($"{nameof(Input)}.{nameof(AgreementInput.Parties)}[{Input.Parties.IndexOf(row)}].{nameof(PartyInput.Organization)}");
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith(nameof(NewOrganization) + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        NewOrganization = new OrganizationInput();
        Notice = this.Text("Added {0}; it is now a party to this agreement.", organization.Name);
        return await ShowAsync(cancellationToken);
    }

    /// <summary>Sets what the form must not decide, such as the id, before a handler uses the input.</summary>
    protected virtual void PrepareInput() => Input.Id = 0;

    /// <summary>Validates the input, including the duplicate rule; false leaves the errors in ModelState.</summary>
    protected async Task<bool> ValidateAsync(CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(Input, cancellationToken);
        result.AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return false;
        }

        var partyIds = await PartyIdsAsync(cancellationToken);
        DuplicateOf = await DuplicateAgreements.FindAsync(db, Input.Type, Input.EffectiveOn!.Value, partyIds, Input.Id == 0 ? null : Input.Id, cancellationToken);
        if (DuplicateOf is not null)
        {
            ModelState.AddModelError(string.Empty, this.Text("An agreement of the same type between the same parties with the same effective date is already registered."));
            return false;
        }

        return true;
    }

    protected async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        // The checkbox helper cannot render a posted value that is not a boolean; the field shows its bound value instead.
        const string inferred = "Input.EffectiveOnIsInferred";
        if (ModelState.TryGetValue(inferred, out var posted) && !bool.TryParse(posted.RawValue is string[] values ? values.FirstOrDefault() : posted.AttemptedValue, out _))
        {
            ModelState.Remove(inferred);
        }

        Input.PadRows();
        NamesOnDemand = await NameLookup.TooManyToListAsync(db, cancellationToken);
        if (!NamesOnDemand)
        {
            OrganizationNames = await db.Organizations.AsNoTracking().OrderBy(o => o.Name).Select(o => o.Name).ToListAsync(cancellationToken);
            PeopleNames = await db.People.AsNoTracking().OrderBy(p => p.Name).Select(p => p.Name).ToListAsync(cancellationToken);
        }
        Preview = TermPreview.For(Input, clock.Today, clock.EndingSoonDays);
        return Page();
    }

    /// <summary>Copies the validated input onto the agreement through its own methods, so its rules hold.</summary>
    protected async Task ApplyAsync(Agreement agreement, CancellationToken cancellationToken)
    {
        var organizations = await OrganizationsAsync(cancellationToken);
        var personFor = await PeopleAsync(cancellationToken);
        Organization OrganizationNamed(string name) => organizations[Names.Normalize(name)];

        agreement.Describe(Input.Type, Input.Title!, Input.Summary);
        agreement.Schedule(Input.EffectiveOn!.Value, Input.TryTerm()!);
        agreement.EffectiveOnAsStated = FormRules.Clean(Input.EffectiveOnAsStated);
        agreement.EffectiveOnIsInferred = Input.EffectiveOnIsInferred;
        agreement.PartnerOrdinal = Input.PartnerOrdinal;
        agreement.Visibility = Input.Visibility;
        agreement.InternalNotes = FormRules.Clean(Input.InternalNotes);
        agreement.DataQualityNotes = FormRules.Clean(Input.DataQualityNotes);
        agreement.CiteSource(FormRules.Clean(Input.SourcePublisher), FormRules.Clean(Input.SourceTitle), Input.SourcePublishedOn, FormRules.Clean(Input.SourceUrl));

        var wanted = Input.FilledParties.Select(p => (Organization: OrganizationNamed(p.Row.Organization!), p.Row.Role)).ToList();
        foreach (var gone in agreement.Parties.Where(p => wanted.TrueForAll(w => w.Organization.Id != p.OrganizationId)).ToList())
        {
            agreement.RemoveParty(gone.OrganizationId);
        }

        foreach (var (organization, role) in wanted)
        {
            var existing = agreement.Parties.FirstOrDefault(p => p.OrganizationId == organization.Id);
            if (existing is null)
            {
                agreement.AddParty(organization, role);
            }
            else
            {
                existing.Role = role;
            }
        }

        var rows = Input.FilledPeople.Select(p => p.Row).ToList();
        foreach (var gone in agreement.Participants.Where(p => rows.TrueForAll(r => r.Id != p.Id)).ToList())
        {
            agreement.RemoveParticipant(gone);
        }

        var matched = new HashSet<AgreementParticipant>();
        foreach (var row in rows)
        {
            var party = OrganizationNamed(row.Party!);
            var person = personFor(row.Name!, party);
            var existing = agreement.Participants.FirstOrDefault(p => p.Id != 0 && p.Id == row.Id);
            if (existing is not null && matched.Add(existing))
            {
                agreement.ChangeParticipant(existing, person, party, row.Role, row.Title);
            }
            else
            {
                agreement.AddParticipant(person, party, row.Role, row.Title);
            }
        }
    }

    /// <summary>Loads the named organizations, tracked, keyed by normalized name.</summary>
    protected async Task<Dictionary<string, Organization>> OrganizationsAsync(CancellationToken cancellationToken)
    {
        var names = Input.FilledParties.Select(p => p.Row.Organization!).Concat(Input.FilledPeople.Select(p => p.Row.Party!))
            .Select(Names.Normalize).Distinct().ToList();
        return await db.Organizations.Where(o => names.Contains(o.NormalizedName)).ToDictionaryAsync(o => o.NormalizedName, cancellationToken);
    }

    /// <summary>Finds each named person, or creates them, so that one person is not stored twice.</summary>
    protected async Task<Func<string, Organization, Person>> PeopleAsync(CancellationToken cancellationToken)
    {
        var names = Input.FilledPeople.Select(p => Names.Normalize(p.Row.Name!)).Distinct().ToList();
        var people = await db.People.Where(p => names.Contains(p.NormalizedName)).ToListAsync(cancellationToken);
        return (name, party) =>
        {
            var person = people.FirstOrDefault(p => p.NormalizedName == Names.Normalize(name));
            if (person is null)
            {
                person = new Person(name) { Organization = party };
                db.People.Add(person);
                people.Add(person);
            }

            return person;
        };
    }

    private async Task<List<int>> PartyIdsAsync(CancellationToken cancellationToken)
    {
        var names = Input.FilledParties.Select(p => Names.Normalize(p.Row.Organization!)).Distinct().ToList();
        return await db.Organizations.AsNoTracking().Where(o => names.Contains(o.NormalizedName)).Select(o => o.Id).ToListAsync(cancellationToken);
    }
}
