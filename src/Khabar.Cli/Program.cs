using Khabar.Cli;

return KhabarCli.Run(args, CliConsole.System());
