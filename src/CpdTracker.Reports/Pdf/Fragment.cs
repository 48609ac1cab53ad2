namespace CpdTracker.Reports.Pdf;

// The unit of pagination: a piece of laid-out content of fixed height that is never split across pages. Draw receives
// the canvas and the fragment's top-left corner.
internal sealed record Fragment(float Height, Action<SKCanvas, float, float> Draw)
{
    // Moves to the next page together with the fragment that follows (headings, table headers).
    public bool KeepWithNext { get; init; }

    // Vertical space that is dropped at the top of a new page.
    public bool IsSpacing { get; init; }

    // Drawn first when this fragment starts a new page, e.g. the header row of its table.
    public Fragment? ContinuationHeader { get; init; }

    public static Fragment Space(float height) => new(height, static (_, _, _) => { }) { IsSpacing = true };

    // Stacks fragments into one that cannot be split, for content placed side by side or in a box.
    public static Fragment Combine(IReadOnlyList<Fragment> parts) =>
        new(parts.Sum(p => p.Height), (canvas, x, y) =>
        {
            foreach (var part in parts)
            {
                part.Draw(canvas, x, y);
                y += part.Height;
            }
        });
}
