using FluentValidation;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using LinkJ.Partnerships.Web.Pages.Admin.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Admin.Agreements;

public sealed class CreateModel(RegistryDbContext db, IValidator<AgreementInput> validator, IValidator<OrganizationInput> organizationValidator, RegistryClock clock)
    : AgreementFormPage(db, validator, organizationValidator, clock)
{
    private readonly RegistryClock _clock = clock;

    /// <summary>The press release a draft came from (the import page sends it along), kept with the agreement.</summary>
    [BindProperty(Name = "Release.Text")]
    public string? ReleaseText { get; set; }

    public async Task<IActionResult> OnGetAsync(int? renews, CancellationToken cancellationToken)
    {
        if (renews is { } previousId)
        {
            var previous = await LoadForRenewalAsync(previousId, cancellationToken);
            if (previous is null)
            {
                return NotFound();
            }

            Input = AgreementInput.RenewalOf(previous, _clock.Today);
            if (await Db.RenewedByAsync(previousId, cancellationToken) is { } renewal)
            {
                ModelState.AddModelError(string.Empty, this.Text("Agreement {0} already renews this one; renew that one instead.", renewal));
            }

            return await ShowAsync(cancellationToken);
        }

        // Almost every agreement in this registry is the home organization's own.
        var home = await Db.Organizations.AsNoTracking().Where(o => o.IsHome).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        if (home is not null)
        {
            Input.Parties.Add(new PartyInput { Organization = home });
        }

        Input.People.AddRange([new ParticipantInput(), new ParticipantInput()]);
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        PrepareInput();
        if (!await ValidateAsync(cancellationToken))
        {
            return await ShowAsync(cancellationToken);
        }

        Agreement? renewed = null;
        if (Input.RenewsId is { } previousId)
        {
            renewed = await Db.Agreements.FirstOrDefaultAsync(a => a.Id == previousId, cancellationToken);
            if (renewed is null)
            {
                ModelState.AddModelError(string.Empty, this.Text("The agreement this one was to renew no longer exists."));
                Input.RenewsId = null;
                return await ShowAsync(cancellationToken);
            }

            if (await Db.RenewedByAsync(previousId, cancellationToken) is { } renewal)
            {
                ModelState.AddModelError(string.Empty, this.Text("Agreement {0} already renews this one; renew that one instead.", renewal));
                return await ShowAsync(cancellationToken);
            }
        }

        var agreement = new Agreement(Input.Type, Input.Title!, Input.EffectiveOn!.Value, Input.TryTerm()!);
        await ApplyAsync(agreement, cancellationToken);
        if (renewed is not null)
        {
            agreement.Renews(renewed);
        }

        if (ReleaseText is { Length: > 0 and <= ImportModel.MaxTextLength } release && !string.IsNullOrWhiteSpace(release))
        {
            agreement.KeepSourceText(release);
        }

        Db.Agreements.Add(agreement);
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (renewed is not null)
        {
            // Another admin saved a renewal of the same agreement a moment earlier: the unique index refused this one.
            Db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, this.Text("Agreement {0} already renews this one; renew that one instead.", await Db.RenewedByAsync(renewed.Id, cancellationToken) ?? 0));
            return await ShowAsync(cancellationToken);
        }

        this.Flash("Saved the agreement “{0}”.", agreement.Title);
        return RedirectToPage("Edit", new { id = agreement.Id });
    }

    private Task<Agreement?> LoadForRenewalAsync(int id, CancellationToken cancellationToken) =>
        Db.Agreements.AsNoTracking()
            .Include(a => a.Parties).ThenInclude(p => p.Organization)
            .Include(a => a.Participants).ThenInclude(p => p.Person)
            .Include(a => a.Participants).ThenInclude(p => p.Organization)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
}
