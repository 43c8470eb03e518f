import { exampleSuite } from "./suite.js";

exampleSuite("curl");
