using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace CpdTracker.Api.Jobs;

/// <summary>Hangfire's log provider is process-wide: the last host to start sets it. When that host stops while another
/// runs on (two instances in one test process), its disposed logger factory must not stop the other's job workers,
/// which PostgreSQL storage would otherwise fail on every time it makes a logger.</summary>
public sealed class HostLogProvider(ILoggerFactory loggers) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(loggers);

    public ILog GetLogger(string name) => new Log(_inner, name);

    private sealed class Log(AspNetCoreLogProvider provider, string name) : ILog
    {
        private ILog? _logger;

        bool ILog.Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception)
        {
            try
            {
                _logger ??= provider.GetLogger(name);
                return _logger.Log(logLevel, messageFunc, exception);
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
