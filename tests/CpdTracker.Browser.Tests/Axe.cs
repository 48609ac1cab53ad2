namespace CpdTracker.Browser.Tests;

/// <summary>Runs axe-core in the page and fails on any serious or critical violation.</summary>
public static class Axe
{
    /// <summary>AXE_CORE_PATH, else the copy npm ci puts beside these tests (axe/node_modules), found from the test
    /// binaries up.</summary>
    public static string ScriptPath()
    {
        if (Environment.GetEnvironmentVariable("AXE_CORE_PATH") is { Length: > 0 } path)
        {
            return path;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(
                dir.FullName, "tests", "CpdTracker.Browser.Tests", "axe", "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(
            "axe-core is missing: run `npm ci --prefix tests/CpdTracker.Browser.Tests/axe` (.ci/run does) "
            + "or set AXE_CORE_PATH.");
    }

    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = ScriptPath() });
        var result = await page.EvaluateAsync<JsonElement>(
            "async () => await axe.run(document, { resultTypes: ['violations'] })");
        return result.GetProperty("violations").EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): "
                + $"{v.GetProperty("help").GetString()} — "
                + string.Join(
                    "; ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("html").GetString())))
            .ToList();
    }

    public static async Task AssertCleanAsync(IPage page)
    {
        var violations = await SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, $"axe on {page.Url}:\n" + string.Join("\n", violations));
    }
}
