using FluentValidation;
using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Web.Pages.Staff.Quality;

public sealed class ReviewInput
{
    public string? FindingKey { get; set; }

    public string? Note { get; set; }
}

public sealed class ReviewInputValidator : AbstractValidator<ReviewInput>
{
    public ReviewInputValidator()
    {
        RuleFor(r => r.FindingKey).NotEmpty().MaximumLength(FindingReview.KeyMaxLength);
        RuleFor(r => r.Note).NotEmpty().WithMessage("Say why the finding is as it should be.").MaximumLength(FindingReview.NoteMaxLength);
    }
}
