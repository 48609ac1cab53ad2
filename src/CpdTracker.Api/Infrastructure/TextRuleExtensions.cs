namespace CpdTracker.Api.Infrastructure;

/// <summary>The rules every request validator applies to what a person types and to the dates it gives.</summary>
public static class TextRuleExtensions
{
    /// <summary>At most maxLength characters, one line, each printable on a certificate; null passes (NotEmpty
    /// decides that).</summary>
    public static IRuleBuilderOptions<T, string?> SingleLineText<T>(
        this IRuleBuilder<T, string?> rule, int maxLength) => rule
        .MaximumLength(maxLength)
        .Must(text => PrintableText.FirstProblem(text) is null)
        .WithMessage((_, text) => "{PropertyName} " + PrintableText.FirstProblem(text));

    public static IRuleBuilderOptions<T, DateOnly?> WithinDateBounds<T>(this IRuleBuilder<T, DateOnly?> rule) => rule
        .Must(date => date is null || DateBounds.Contains(date.Value))
        .WithMessage("{PropertyName} " + DateBounds.Message);

    public static IRuleBuilderOptions<T, DateOnly> WithinDateBounds<T>(this IRuleBuilder<T, DateOnly> rule) => rule
        .Must(DateBounds.Contains)
        .WithMessage("{PropertyName} " + DateBounds.Message);
}
