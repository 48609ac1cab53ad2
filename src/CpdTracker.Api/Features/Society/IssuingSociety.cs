using CpdTracker.Reports.Documents.Models;
using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Features.Society;

/// <summary>The society's details as every document prints them, read once from configuration (images from
/// their files).</summary>
public sealed class IssuingSociety(IOptions<SocietyOptions> options, IHostEnvironment environment)
{
    private readonly Lazy<SocietyDetails> _details = new(() =>
    {
        var o = options.Value;
        var signatory = string.IsNullOrWhiteSpace(o.Signatory.Name) ? null
            : new Signatory(o.Signatory.Name, o.Signatory.Title ?? "", Image(environment, o.Signatory.SignaturePath));
        return new SocietyDetails(o.Name, o.ShortName, o.PostalAddress,
            string.IsNullOrWhiteSpace(o.BusinessNumber) ? null : o.BusinessNumber,
            o.ContactEmail, o.Website, Image(environment, o.LogoPath), signatory);
    });

    public SocietyDetails Details => _details.Value;

    public static string? Resolve(IHostEnvironment environment, string? path) =>
        string.IsNullOrWhiteSpace(path) ? null
            : Path.IsPathRooted(path) ? path
            : Path.Combine(environment.ContentRootPath, path);

    private static byte[]? Image(IHostEnvironment environment, string? path) =>
        Resolve(environment, path) is { } file ? File.ReadAllBytes(file) : null;
}

/// <summary>Fails the start, naming the key, when a configured image is missing, rather than at the
/// first certificate.</summary>
public sealed class SocietyImagesExist(IHostEnvironment environment) : IValidateOptions<SocietyOptions>
{
    public ValidateOptionsResult Validate(string? name, SocietyOptions options)
    {
        var missing = new[]
            {
                ("Society:LogoPath", options.LogoPath),
                ("Society:Signatory:SignaturePath", options.Signatory.SignaturePath),
            }
            .Where(x => IssuingSociety.Resolve(environment, x.Item2) is { } file && !File.Exists(file))
            .Select(x => $"{x.Item1}: no file at {IssuingSociety.Resolve(environment, x.Item2)}").ToList();
        return missing.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(missing);
    }
}
