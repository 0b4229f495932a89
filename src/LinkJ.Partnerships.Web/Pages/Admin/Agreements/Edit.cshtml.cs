using System.Globalization;
using FluentValidation;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using LinkJ.Partnerships.Web.Pages.Admin.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Admin.Agreements;

public sealed class EditModel(RegistryDbContext db, IValidator<AgreementInput> validator, IValidator<OrganizationInput> organizationValidator, RegistryClock clock)
    : AgreementFormPage(db, validator, organizationValidator, clock)
{
    public Conflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, CancellationToken cancellationToken)
    {
        var agreement = await LoadAsync(id, cancellationToken);
        if (agreement is null)
        {
            return NotFound();
        }

        Input = AgreementInput.From(agreement);
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] int id, CancellationToken cancellationToken)
    {
        var agreement = await LoadAsync(id, cancellationToken);
        if (agreement is null)
        {
            return NotFound();
        }

        PrepareInput();
        if (!await ValidateAsync(cancellationToken))
        {
            return await ShowAsync(cancellationToken);
        }

        if (agreement.Version != Input.Version)
        {
            return await ShowConflictAsync(agreement, cancellationToken);
        }

        if (agreement.ScheduleProblem(Input.EffectiveOn!.Value, Input.TryTerm()!) is { } problem)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(AgreementInput.EffectiveOn)}", this.Text(problem));
            return await ShowAsync(cancellationToken);
        }

        // The version covers the whole agreement: a change to its parties or people alone still moves it on.
        var entry = Db.Entry(agreement);
        entry.Property(a => a.Version).OriginalValue = Input.Version;
        entry.Property(a => a.Version).IsModified = true;
        await ApplyAsync(agreement, cancellationToken);
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            var current = await LoadAsync(id, cancellationToken);
            return current is null ? NotFound() : await ShowConflictAsync(current, cancellationToken);
        }

        this.Flash("Saved the agreement “{0}”.", agreement.Title);
        return RedirectToPage("Edit", new { id });
    }

    protected override void PrepareInput() =>
        Input.Id = int.Parse((string)RouteData.Values["id"]!, CultureInfo.InvariantCulture);

    private Task<Agreement?> LoadAsync(int id, CancellationToken cancellationToken) =>
        Db.Agreements
            .Include(a => a.Parties).ThenInclude(p => p.Organization)
            .Include(a => a.Participants).ThenInclude(p => p.Person)
            .Include(a => a.Participants).ThenInclude(p => p.Organization)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    private async Task<IActionResult> ShowConflictAsync(Agreement saved, CancellationToken cancellationToken)
    {
        var savedFields = AgreementInput.From(saved).Describe().ToList();
        var last = await AuditTrail.LastChangeOfAgreementAsync(Db, saved.Id, cancellationToken);
        Conflict = new Conflict(last?.UserName, last?.OccurredAt ?? saved.UpdatedAt,
            Conflict.Compare(savedFields.Zip(Input.Describe(), (s, y) => (s.Field, s.Value, y.Value))));
        Input.Version = saved.Version;
        ModelState.Remove("Input.Version");
        ModelState.AddModelError(string.Empty, this.Text("Another admin changed this agreement while you were editing. Your changes are not saved yet: check them against the saved values, then save again."));
        return await ShowAsync(cancellationToken);
    }
}
