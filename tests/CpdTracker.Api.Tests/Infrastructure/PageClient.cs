using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CpdTracker.Api.Tests.Infrastructure;

/// <summary>A browser without JavaScript: keeps cookies, does not follow redirects, reads pages as HTML and posts their
/// forms.</summary>
public sealed class PageClient(HttpClient http)
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    public static PageClient Anonymous(CpdTrackerApplication app) =>
        new(app.CreateClient(
            new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Signs in through the sign-in page's form, as a person would; the application cookie is kept.</summary>
    public static async Task<PageClient> SignedInAsync(
        CpdTrackerApplication app, string email, string password = CpdTrackerApplication.Password)
    {
        var client = Anonymous(app);
        var response = await client.SubmitAsync(
            await client.GetAsync("/signin"),
            "signin",
            new() { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.True(
            response.StatusCode == HttpStatusCode.Redirect,
            $"Sign-in as {email} gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    /// <summary>Where a redirect leads: the path and query on this site, or the whole address if it leaves the
    /// site.</summary>
    public static string Target(HttpResponseMessage response)
    {
        var location = response.Headers.Location
            ?? throw new InvalidOperationException($"{(int)response.StatusCode} is not a redirect");
        return !location.IsAbsoluteUri ? location.OriginalString
            : location.Host == "localhost" ? location.PathAndQuery
            : location.AbsoluteUri;
    }

    public async Task<IDocument> GetAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Http.GetAsync(url);
        return await ReadAsync(response, expected);
    }

    public static async Task<IDocument> ReadAsync(
        HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(
            response.StatusCode == expected,
            $"Expected {(int)expected} but got {(int)response.StatusCode} for {response.RequestMessage?.RequestUri}: "
            + html);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await Parser.ParseDocumentAsync(html);
    }

    /// <summary>Posts the page's form named <paramref name="formName"/> with its hidden fields (handler, antiforgery
    /// token) and the values given.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(
        IDocument page,
        string formName,
        Dictionary<string, string> values,
        (string Field, byte[] Bytes, string FileName)? file = null)
    {
        var form = page.QuerySelectorAll("form")
                .FirstOrDefault(f => f.QuerySelector($"input[name=_handler][value='{formName}']") is not null)
            ?? throw new InvalidOperationException(
                $"The page has no form named {formName}: {page.DocumentElement.OuterHtml}");
        var fields = form.QuerySelectorAll("input[type=hidden]")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        foreach (var (name, value) in values)
        {
            fields[name] = value;
        }

        HttpContent content = new FormUrlEncodedContent(fields);
        if (file is { } upload)
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (name, value) in fields)
            {
                multipart.Add(new StringContent(value), name);
            }

            multipart.Add(new ByteArrayContent(upload.Bytes), upload.Field, upload.FileName);
            content = multipart;
        }

        return await Http.PostAsync(form.GetAttribute("action") ?? "", content);
    }
}
