using FluentValidation;
using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Web.Pages.Admin.Agreements;

public sealed class AmendmentInput
{
    public AmendmentKind Kind { get; set; } = AmendmentKind.Extension;

    public DateOnly? MadeOn { get; set; }

    public string? Description { get; set; }

    public string? Reason { get; set; }

    /// <summary>For an extension: the new end date, the first day no longer in force.</summary>
    public DateOnly? ExtendsTo { get; set; }
}

public sealed class AmendmentInputValidator : AbstractValidator<AmendmentInput>
{
    public AmendmentInputValidator()
    {
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Choose a kind of amendment from the list.");
        RuleFor(x => x.MadeOn).NotNull().WithMessage("Enter the date of the amendment.")
            .Must(d => d is null || Agreement.IsInDateRange(d.Value)).WithMessage("Enter a date between 1900 and 2100.");
        RuleFor(x => x.Description).NotEmpty().WithMessage("Say what changed.").MaximumLength(Amendment.DescriptionMaxLength)
            .WithMessage("Write at most 1,000 characters.");
        RuleFor(x => x.Reason).MaximumLength(Amendment.ReasonMaxLength).WithMessage("Write at most 1,000 characters.");
        RuleFor(x => x.ExtendsTo).NotNull().When(x => x.Kind == AmendmentKind.Extension).WithMessage("An extension needs its new end date.")
            .Must(d => d is null || Agreement.IsInDateRange(d.Value)).WithMessage("Enter a date between 1900 and 2100.");
    }
}

public sealed class TerminationInput
{
    /// <summary>The first day the agreement is no longer in force.</summary>
    public DateOnly? TerminatedOn { get; set; }

    public string? Reason { get; set; }
}

public sealed class TerminationInputValidator : AbstractValidator<TerminationInput>
{
    public TerminationInputValidator()
    {
        RuleFor(x => x.TerminatedOn).NotNull().WithMessage("Enter the date the termination takes effect.")
            .Must(d => d is null || Agreement.IsInDateRange(d.Value)).WithMessage("Enter a date between 1900 and 2100.");
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Say why the agreement was terminated.")
            .MaximumLength(Agreement.TerminationReasonMaxLength).WithMessage("Write at most 1,000 characters.");
    }
}
