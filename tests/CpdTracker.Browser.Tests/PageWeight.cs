namespace CpdTracker.Browser.Tests;

/// <summary>What a first visit costs: requests and bytes over the wire (headers and bodies, as transferred).</summary>
public sealed record PageWeight(int Requests, long Bytes)
{
    public override string ToString() => $"{Requests} requests, {Bytes / 1024.0:0.0} KB transferred";

    public static async Task<PageWeight> MeasureAsync(IPage page, Func<Task> load)
    {
        var requests = new List<IRequest>();
        void Track(object? sender, IRequest request) => requests.Add(request);
        page.RequestFinished += Track;
        await load();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        page.RequestFinished -= Track;
        long bytes = 0;
        foreach (var request in requests)
        {
            var sizes = await request.SizesAsync();
            bytes += sizes.ResponseHeadersSize + sizes.ResponseBodySize;
        }

        return new PageWeight(requests.Count, bytes);
    }
}
