using CpdTracker.Domain.Credit;

namespace CpdTracker.Api.Features.RuleSets;

/// <summary>The text and dates of a rule set an administrator sends, held to the rules of every other request: names
/// print on statements and summaries.</summary>
public sealed class RuleSetTextValidator : AbstractValidator<RuleSet>
{
    public RuleSetTextValidator()
    {
        RuleFor(r => r.Name).SingleLineText(200);
        RuleFor(r => r.ValidFrom).WithinDateBounds();
        RuleFor(r => r.ValidTo).WithinDateBounds();
        RuleFor(r => r.Notes).MaximumLength(4000);
        RuleForEach(r => r.CategoryNames).ChildRules(c =>
        {
            c.RuleFor(x => x.Key).SingleLineText(32);
            c.RuleFor(x => x.Value).SingleLineText(200);
        }).When(r => r.CategoryNames is not null).OverridePropertyName("categoryNames");
        RuleForEach(r => r.Requirements).ChildRules(q => q.RuleFor(x => x.Name).SingleLineText(200))
            .When(r => r.Requirements is not null);
    }
}
