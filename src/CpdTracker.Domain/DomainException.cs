namespace CpdTracker.Domain;

/// <summary>A rule of the domain that an input breaks; the API answers it with 400 naming the field.</summary>
public sealed class DomainException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
