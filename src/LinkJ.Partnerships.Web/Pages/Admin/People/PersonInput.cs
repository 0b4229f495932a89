using FluentValidation;
using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Web.Pages.Admin.People;

public sealed class PersonInput
{
    public int Version { get; set; }

    public string? Name { get; set; }

    public string? LocalName { get; set; }

    /// <summary>The title the person held in each agreement, keyed by participation.</summary>
    public List<TitleInput> Titles { get; set; } = [];
}

public sealed class TitleInput
{
    public int ParticipantId { get; set; }

    public string? Title { get; set; }
}

public sealed class PersonInputValidator : AbstractValidator<PersonInput>
{
    public PersonInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Person.NameMaxLength);
        RuleFor(x => x.LocalName).MaximumLength(Person.NameMaxLength);
        RuleForEach(x => x.Titles).ChildRules(t => t.RuleFor(x => x.Title).MaximumLength(AgreementParticipant.TitleMaxLength));
    }
}
