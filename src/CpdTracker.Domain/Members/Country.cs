namespace CpdTracker.Domain.Members;

public enum Country
{
    AU,
    NZ,
}
