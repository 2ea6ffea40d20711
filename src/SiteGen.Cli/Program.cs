using SiteGen.Cli;

return new CommandLine().Run(args);
