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
    /// <summary>The press release a draft came from (the import page sends it along), kept with the agreement.</summary>
    [BindProperty(Name = "Release.Text")]
    public string? ReleaseText { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
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

        var agreement = new Agreement(Input.Type, Input.Title!, Input.EffectiveOn!.Value, Input.TryTerm()!);
        await ApplyAsync(agreement, cancellationToken);
        if (ReleaseText is { Length: > 0 and <= ImportModel.MaxTextLength } release && !string.IsNullOrWhiteSpace(release))
        {
            agreement.KeepSourceText(release);
        }

        Db.Agreements.Add(agreement);
        await Db.SaveChangesAsync(cancellationToken);
        this.Flash("Saved the agreement “{0}”.", agreement.Title);
        return RedirectToPage("Edit", new { id = agreement.Id });
    }
}
