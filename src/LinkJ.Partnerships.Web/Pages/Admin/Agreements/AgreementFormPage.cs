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
    /// <summary>The organizations the input names, read once by <see cref="ValidateAsync"/> and used by <see cref="ApplyAsync"/>.</summary>
    private Dictionary<string, Organization> _named = [];

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

    /// <summary>The end date and status alone, for the form's script to show while the admin types.</summary>
    public PartialViewResult OnGetPreview(AgreementInput input)
    {
        Preview = TermPreview.For(input, clock.Today, clock.EndingSoonDays);
        return Partial("_TermPreview", this);
    }

    /// <summary>What the last post-back did, when it saved something but stayed on the form.</summary>
    public string? Notice { get; private set; }

    /// <summary>The stored agreement this one would duplicate.</summary>
    public int? DuplicateOf { get; private set; }

    protected RegistryDbContext Db => db;

    /// <summary>Where the form's save goes; null is this page. The release import saves through the create page.</summary>
    public virtual string? SaveAddress => null;

    /// <summary>The sentence of a release a field was filled from, or why it was left empty; only the release import has any.</summary>
    public virtual FieldEvidence? EvidenceFor(string field) => null;

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

        NewOrganization = await NextNewOrganizationAsync(cancellationToken);
        Notice = this.Text("Added {0}; it is now a party to this agreement.", organization.Name);
        return await ShowAsync(cancellationToken);
    }

    /// <summary>What the "new organization" fields hold once one was added: empty, unless a release proposed more.</summary>
    protected virtual Task<OrganizationInput> NextNewOrganizationAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new OrganizationInput());

    /// <summary>Sets what the form must not decide, such as the id, before a handler uses the input.</summary>
    protected virtual void PrepareInput() => Input.Id = 0;

    /// <summary>Validates the input, the duplicate rule included; false leaves the errors in ModelState.</summary>
    protected async Task<bool> ValidateAsync(CancellationToken cancellationToken)
    {
        _named = await AgreementInputValidator.NamedOrganizationsAsync(db, Input, cancellationToken);
        var result = await validator.ValidateAsync(AgreementInputValidator.ContextFor(Input, _named), cancellationToken);
        foreach (var failure in result.Errors)
        {
            // A failure of the whole input, such as a duplicate, heads the form; the others sit beside their fields.
            ModelState.AddModelError(failure.PropertyName.Length == 0 ? string.Empty : $"{nameof(Input)}.{failure.PropertyName}", failure.ErrorMessage);
        }

        DuplicateOf = result.Errors.Select(f => f.CustomState).OfType<AgreementInputValidator.Duplicate>().FirstOrDefault()?.AgreementId;
        return ModelState.IsValid;
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

    /// <summary>Copies the input, once <see cref="ValidateAsync"/> has passed, onto the agreement through its own methods, so its rules hold.</summary>
    protected Task ApplyAsync(Agreement agreement, CancellationToken cancellationToken) =>
        AgreementWriter.ApplyAsync(db, Input, _named, agreement, cancellationToken);
}
