using FluentValidation;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Import;
using LinkJ.Partnerships.Web.Infrastructure;
using LinkJ.Partnerships.Web.Pages.Admin.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Admin.Agreements;

/// <summary>
/// A press release, pasted or uploaded, becomes the agreement form filled in as a draft, with the sentence behind
/// each field. Nothing is saved here: the form's save goes to the create page, through its validation. The release's
/// text travels with the form, so a post-back (end-date preview, more rows, a new organization) shows the evidence again.
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes * 4)]
public sealed class ImportModel(RegistryDbContext db, IValidator<AgreementInput> validator, IValidator<OrganizationInput> organizationValidator, RegistryClock clock)
    : AgreementFormPage(db, validator, organizationValidator, clock)
{
    public const int MaxUploadBytes = 1024 * 1024;
    public const int MaxTextLength = 200_000;

    [BindProperty]
    public ReleaseInput Release { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public ImportEvidence? Evidence { get; private set; }

    /// <summary>An agreement already imported from this very text, if any.</summary>
    public (int Id, string Title)? AlreadyImported { get; private set; }

    public override string? SaveAddress => Url.Page("Create");

    public override FieldEvidence? EvidenceFor(string field) => Evidence?.For(field);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostReadAsync(CancellationToken cancellationToken)
    {
        var document = await ReadAsync(cancellationToken);
        if (document is null)
        {
            var refused = Page();
            refused.StatusCode = StatusCodes.Status400BadRequest;
            return refused;
        }

        Release = new ReleaseInput { Text = document.Original, OwnUrl = document.OwnUrl, PublishedTime = document.DatelineText };
        var hash = Domain.Agreement.Sha256Of(document.Original);
        AlreadyImported = await Db.Agreements.AsNoTracking().Where(a => a.SourceSha256 == hash).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.Title }).FirstOrDefaultAsync(cancellationToken) is { } earlier ? (earlier.Id, earlier.Title) : null;
        var draft = ReleaseImporter.Import(document, await ImportContextReader.ReadAsync(Db, cancellationToken));
        ModelState.Clear();
        Evidence = ImportEvidence.Fill(draft, await NamesAsync(draft, cancellationToken), Input, NewOrganization);
        return await ShowAsync(cancellationToken);
    }

    /// <summary>Puts one of the release's proposed organizations into the "new organization" fields; the rest of the form stays as typed.</summary>
    public async Task<IActionResult> OnPostProposeAsync(int proposal, CancellationToken cancellationToken)
    {
        PrepareInput();
        if (Evidence?.Proposed.ElementAtOrDefault(proposal) is { } party)
        {
            foreach (var key in ModelState.Keys.Where(k => k.StartsWith(nameof(NewOrganization) + ".", StringComparison.Ordinal)).ToList())
            {
                ModelState.Remove(key);
            }

            NewOrganization = new OrganizationInput();
            Evidence.Propose(party, NewOrganization);
        }

        return await ShowAsync(cancellationToken);
    }

    /// <summary>
    /// After one proposed organization is added, the release is read again: the added one is now matched, and the
    /// next one still missing from the registry fills the fields.
    /// </summary>
    protected override async Task<OrganizationInput> NextNewOrganizationAsync(CancellationToken cancellationToken)
    {
        var next = new OrganizationInput();
        await ReadEvidenceAsync(cancellationToken);
        if (Evidence?.Proposed.FirstOrDefault() is { } party)
        {
            Evidence.Propose(party, next);
        }

        return next;
    }

    /// <summary>On the form's own post-backs, the evidence is read again from the text the form carries; the fields keep what the admin typed.</summary>
    [NonHandler] // declared here, the page filter would otherwise be discovered as a "Page" handler
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod?.Name != "Read")
        {
            await ReadEvidenceAsync(context.HttpContext.RequestAborted);
        }

        await next();
    }

    private async Task ReadEvidenceAsync(CancellationToken cancellationToken)
    {
        if (Release.Text is { Length: > 0 and <= MaxTextLength } text)
        {
            var draft = ReleaseImporter.Import(ReleaseDocument.Parse(text, Release.OwnUrl, Release.PublishedTime), await ImportContextReader.ReadAsync(Db, cancellationToken));
            Evidence = ImportEvidence.Of(draft, await NamesAsync(draft, cancellationToken));
        }
    }

    private async Task<ReleaseDocument?> ReadAsync(CancellationToken cancellationToken)
    {
        if (Upload is { Length: > 0 } upload)
        {
            if (upload.Length > MaxUploadBytes)
            {
                ModelState.AddModelError(nameof(Upload), this.Text("The file is larger than {0} MB.", MaxUploadBytes / (1024 * 1024)));
                return null;
            }

            using var buffer = new MemoryStream();
            await upload.CopyToAsync(buffer, cancellationToken);
            try
            {
                return ReleaseFile.Read(upload.FileName, buffer.ToArray());
            }
            catch (ReleaseFileException exception)
            {
                ModelState.AddModelError(nameof(Upload), exception.Message);
                return null;
            }
        }

        if (string.IsNullOrWhiteSpace(Release.Text))
        {
            ModelState.AddModelError("Release.Text", this.Text("Paste the release's text or choose a file."));
            return null;
        }

        if (Release.Text.Length > MaxTextLength)
        {
            ModelState.AddModelError("Release.Text", this.Text("The text is longer than {0} characters.", MaxTextLength));
            return null;
        }

        return ReleaseDocument.Parse(Release.Text);
    }

    private async Task<Dictionary<string, string>> NamesAsync(ReleaseDraft draft, CancellationToken cancellationToken)
    {
        var slugs = draft.Parties.Select(p => p.Slug).Concat(draft.People.Select(p => p.ActsFor.Value)).OfType<string>().Distinct().ToList();
        return await Db.Organizations.AsNoTracking().Where(o => slugs.Contains(o.Slug)).ToDictionaryAsync(o => o.Slug, o => o.Name, cancellationToken);
    }
}

/// <summary>The release as text, with the address and date its HTML gave, carried by the form between post-backs.</summary>
public sealed class ReleaseInput
{
    public string? Text { get; set; }

    public string? OwnUrl { get; set; }

    public string? PublishedTime { get; set; }
}
