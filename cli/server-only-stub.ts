// The bundle's stand-in for `server-only`: that package only stops client React builds from
// importing server code, and throws anywhere else. The command line is server code by nature.
export {};
