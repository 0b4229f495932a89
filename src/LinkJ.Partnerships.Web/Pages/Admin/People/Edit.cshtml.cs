using FluentValidation;
using FluentValidation.AspNetCore;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Admin.People;

/// <summary>A person's name and the title they held in each agreement; and the start of a merge.</summary>
public sealed class EditModel(RegistryDbContext db, IValidator<PersonInput> validator) : PageModel
{
    [BindProperty]
    public PersonInput Input { get; set; } = new();

    public IReadOnlyList<Participation> Participations { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name)> Others { get; private set; } = [];

    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, CancellationToken cancellationToken)
    {
        var person = await LoadAsync(id, cancellationToken);
        if (person is null)
        {
            return NotFound();
        }

        Input = new PersonInput
        {
            Version = person.Version,
            Name = person.Name,
            LocalName = person.LocalName,
            Titles = [.. Participations.Select(p => new TitleInput { ParticipantId = p.Id, Title = p.Title })],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] int id, CancellationToken cancellationToken)
    {
        var person = await LoadAsync(id, cancellationToken);
        if (person is null)
        {
            return NotFound();
        }

        (await validator.ValidateAsync(Input, cancellationToken)).AddToModelState(ModelState, nameof(Input));
        if (ModelState.IsValid && person.Version != Input.Version)
        {
            Conflict = true;
            Input.Version = person.Version;
            ModelState.Remove("Input.Version");
            ModelState.AddModelError(string.Empty, this.Text("Another admin changed this person while you were editing; the saved name is now “{0}”. Your input is kept: save again to apply it.", person.Name));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(person).Property(p => p.Version).OriginalValue = Input.Version;
        person.Rename(Input.Name!);
        person.LocalName = FormRules.Clean(Input.LocalName);
        foreach (var participation in person.Participations)
        {
            if (Input.Titles.FirstOrDefault(t => t.ParticipantId == participation.Id) is { } title)
            {
                participation.Title = FormRules.Clean(title.Title);
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, this.Text("Another admin changed this person while you were editing. Reload the page to see their change."));
            return Page();
        }

        this.Flash("Saved {0}.", person.Name);
        return RedirectToPage("Index");
    }

    private async Task<Person?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var person = await db.People
            .Include(p => p.Participations).ThenInclude(p => p.Agreement)
            .Include(p => p.Participations).ThenInclude(p => p.Organization)
            .FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            return null;
        }

        Participations = [.. person.Participations.OrderBy(p => p.Agreement.EffectiveOn)
            .Select(p => new Participation(p.Id, p.AgreementId, p.Agreement.Title, p.Agreement.EffectiveOn, p.Organization.Name, p.Role, p.Title))];
        Others = [.. (await db.People.AsNoTracking().Where(p => p.Id != id).OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken))
            .Select(p => (p.Id, p.Name))];
        return person;
    }

    public sealed record Participation(int Id, int AgreementId, string Agreement, DateOnly EffectiveOn, string Party, ParticipantRole Role, string? Title);
}
