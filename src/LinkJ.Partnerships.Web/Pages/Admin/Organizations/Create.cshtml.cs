using FluentValidation;
using LinkJ.Partnerships.Web.Data;
using Microsoft.AspNetCore.Mvc;

namespace LinkJ.Partnerships.Web.Pages.Admin.Organizations;

public sealed class CreateModel(RegistryDbContext db, IValidator<OrganizationInput> validator) : OrganizationFormPage(db, validator)
{
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadOptionsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Input.Id = 0;
        if (!await ValidateAsync(cancellationToken))
        {
            await LoadOptionsAsync(cancellationToken);
            return Page();
        }

        var organization = Input.Create();
        Db.Organizations.Add(organization);
        await Db.SaveChangesAsync(cancellationToken);
        this.Flash("Created {0}.", organization.Name);
        return RedirectToPage("Index");
    }
}
